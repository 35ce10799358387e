package ro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.coordinator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Participants;
import ro.testing.Referrals;

/** A harmed person who names the offender without the number: kept, then matched once a coordinator confirms the number. */
@QuarkusTest
class OffenderByNameApiTest {

    @Test
    void the_request_is_matched_only_once_a_coordinator_confirms_the_number_of_the_offender_it_named() {
        String number = Participants.offenderNumber();
        String staff = Referrals.referredByStaff1(number);
        coordinator().get("/api/referrals/" + staff).then().body("state", equalTo("DORMANT"));
        String harmed = Referrals.askedByName(Participants.unique("Roy"));
        coordinator().get("/api/referrals/" + staff).then().body("state", equalTo("DORMANT"));

        coordinator().body(Map.of("offenderNumber", number)).put("/api/referrals/" + harmed + "/offender-number").then().statusCode(428);
        Referrals.confirmNumber(harmed, number, 200);
        coordinator().get("/api/referrals/" + harmed).then().body("offenderNumber", equalTo(number)).body("state", equalTo("SUBMITTED"))
                .body("offender.offenderNumber", equalTo(number));
        coordinator().get("/api/referrals/" + staff).then().body("state", equalTo("SUBMITTED"));
        List<String> matched = coordinator().get("/api/referrals/" + harmed).then().extract().path("matchedReferralIds");
        assertThat(matched).containsExactly(staff);
        // once it has a number, it awaits none
        Referrals.confirmNumber(harmed, Participants.offenderNumber(), 409);
        Referrals.confirmNumber(staff, Participants.offenderNumber(), 409);
    }

    @Test
    void a_confirmed_number_nobody_has_referred_keeps_the_request_on_file() {
        String harmed = Referrals.askedByName(Participants.unique("Nobody"));
        Referrals.confirmNumber(harmed, Participants.offenderNumber(), 200);
        coordinator().get("/api/referrals/" + harmed).then().body("state", equalTo("DORMANT"));
    }

    @Test
    void a_number_that_is_not_one_is_refused_and_changes_nothing() {
        String harmed = Referrals.askedByName(Participants.unique("Bad"));
        Referrals.confirmNumber(harmed, "not a number", 400);
        coordinator().get("/api/referrals/" + harmed).then().body("offenderNumber", nullValue()).body("state", equalTo("SUBMITTED"));
    }
}
