package ro.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.coordinator;
import static ro.testing.Referrals.readyToAccept;
import static ro.testing.Referrals.submitted;
import static ro.testing.Referrals.underAssessment;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A read of a referral lists what the coordinator may do now; what it lists succeeds, what it leaves out is refused. */
@QuarkusTest
class ReferralActionsApiTest {

    @Test
    void a_submitted_referral_lists_its_assessment_and_starting_it_succeeds_while_the_unlisted_accept_is_refused() {
        String id = submitted();
        coordinator().get("/api/referrals/" + id).then().statusCode(200)
                .body("allowedActions", contains("START_ASSESSMENT", "WITHDRAW"));
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409);
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(200)
                .body("allowedActions", contains("DECLINE", "WITHDRAW"));
    }

    @Test
    void acceptance_is_listed_only_once_a_finalised_assessment_finds_the_referral_suitable() {
        String assessing = underAssessment();
        coordinator().get("/api/referrals/" + assessing).then().body("allowedActions", contains("DECLINE", "WITHDRAW"));
        coordinator().post("/api/referrals/" + assessing + "/accept").then().statusCode(409);

        String ready = readyToAccept();
        coordinator().get("/api/referrals/" + ready).then().body("allowedActions", contains("ACCEPT", "DECLINE", "WITHDRAW"));
        coordinator().post("/api/referrals/" + ready + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("allowedActions", empty());
        coordinator().post("/api/referrals/" + ready + "/withdraw").then().statusCode(409);
    }
}
