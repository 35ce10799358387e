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

    static String askedByName(String last) {
        Map<String, Object> request = Referrals.harmedRequest(null);
        request.put("offenderFirstName", "Marc");
        request.put("offenderLastName", last);
        return coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("state", equalTo("SUBMITTED")).body("offenderNumber", nullValue()).body("offenderNamedAs", equalTo("Marc " + last))
                .extract().path("id");
    }

    static String confirm(String id, String number, int expected) {
        int version = coordinator().get("/api/referrals/" + id).then().extract().path("version");
        return coordinator().header("If-Match", "\"" + version + "\"").body(Map.of("offenderNumber", number))
                .put("/api/referrals/" + id + "/offender-number").then().statusCode(expected).extract().asString();
    }

    @Test
    void the_request_is_matched_only_once_a_coordinator_confirms_the_number_of_the_offender_it_named() {
        String number = Participants.offenderNumber();
        String staff = Referrals.referredByStaff1(number);
        coordinator().get("/api/referrals/" + staff).then().body("state", equalTo("DORMANT"));
        String harmed = askedByName(Participants.unique("Roy"));
        coordinator().get("/api/referrals/" + staff).then().body("state", equalTo("DORMANT"));

        coordinator().body(Map.of("offenderNumber", number)).put("/api/referrals/" + harmed + "/offender-number").then().statusCode(428);
        confirm(harmed, number, 200);
        coordinator().get("/api/referrals/" + harmed).then().body("offenderNumber", equalTo(number)).body("state", equalTo("SUBMITTED"))
                .body("offender.offenderNumber", equalTo(number));
        coordinator().get("/api/referrals/" + staff).then().body("state", equalTo("SUBMITTED"));
        List<String> matched = coordinator().get("/api/referrals/" + harmed).then().extract().path("matchedReferralIds");
        assertThat(matched).containsExactly(staff);
        // once it has a number, it awaits none
        confirm(harmed, Participants.offenderNumber(), 409);
        confirm(staff, Participants.offenderNumber(), 409);
    }

    @Test
    void a_confirmed_number_nobody_has_referred_keeps_the_request_on_file() {
        String harmed = askedByName(Participants.unique("Nobody"));
        confirm(harmed, Participants.offenderNumber(), 200);
        coordinator().get("/api/referrals/" + harmed).then().body("state", equalTo("DORMANT"));
    }

    @Test
    void a_number_that_is_not_one_is_refused_and_changes_nothing() {
        String harmed = askedByName(Participants.unique("Bad"));
        confirm(harmed, "not a number", 400);
        coordinator().get("/api/referrals/" + harmed).then().body("offenderNumber", nullValue()).body("state", equalTo("SUBMITTED"));
    }
}
