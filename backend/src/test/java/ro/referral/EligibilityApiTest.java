package ro.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ro.testing.Callers.coordinator;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Referrals;

/** Eligibility on every referral: not accepted while unknown, declined as not eligible only when known to be so. */
@QuarkusTest
class EligibilityApiTest {

    /** A harmed person's request that does not say whether there was a federal sentence, assessed suitable. */
    static String suitableWithEligibilityUnknown() {
        Map<String, Object> request = Referrals.harmedRequest(null);
        request.remove("federalSentence");
        String id = coordinator().body(request).post("/api/referrals/harmed-person-requests").then().statusCode(201)
                .body("federalSentence", equalTo("UNKNOWN")).extract().path("id");
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(200);
        Referrals.finalisedAssessment(id, "SUITABLE");
        return id;
    }

    static int version(String id) {
        return coordinator().get("/api/referrals/" + id).then().statusCode(200).extract().path("version");
    }

    @Test
    void a_referral_is_not_accepted_while_its_eligibility_is_unknown_and_is_once_it_is_recorded() {
        String id = suitableWithEligibilityUnknown();
        coordinator().get("/api/referrals/" + id).then().body("allowedActions", not(hasItem("ACCEPT")));
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409).body("detail", containsString("federal sentence"));
        coordinator().get("/api/referrals/" + id).then().body("state", equalTo("UNDER_ASSESSMENT"));

        coordinator().body(Map.of("federalSentence", "YES")).put("/api/referrals/" + id + "/eligibility").then().statusCode(428);
        coordinator().header("If-Match", "\"" + (version(id) + 5) + "\"").body(Map.of("federalSentence", "YES"))
                .put("/api/referrals/" + id + "/eligibility").then().statusCode(412);
        coordinator().header("If-Match", "\"" + version(id) + "\"").body(Map.of("federalSentence", "YES", "victimRegistration", "REPRESENTATIVE"))
                .put("/api/referrals/" + id + "/eligibility").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("federalSentence", equalTo("YES")).body("victimRegistration", equalTo("REPRESENTATIVE"))
                .body("allowedActions", hasItem("ACCEPT"));
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        // decided: eligibility is no longer recorded
        coordinator().header("If-Match", "\"" + version(id) + "\"").body(Map.of("federalSentence", "NO"))
                .put("/api/referrals/" + id + "/eligibility").then().statusCode(409);
    }

    @Test
    void a_referral_is_declined_as_not_eligible_only_when_there_was_no_federal_sentence() {
        String id = suitableWithEligibilityUnknown();
        coordinator().body(Map.of("reason", "NOT_ELIGIBLE")).post("/api/referrals/" + id + "/decline").then().statusCode(409)
                .body("detail", containsString("UNKNOWN"));
        coordinator().header("If-Match", "\"" + version(id) + "\"").body(Map.of("federalSentence", "NO"))
                .put("/api/referrals/" + id + "/eligibility").then().statusCode(200);
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(409);
        coordinator().body(Map.of("reason", "NOT_ELIGIBLE")).post("/api/referrals/" + id + "/decline").then().statusCode(200)
                .body("state", equalTo("DECLINED")).body("declineReason", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void an_answer_off_the_list_is_refused_and_changes_nothing() {
        String id = suitableWithEligibilityUnknown();
        coordinator().header("If-Match", "\"" + version(id) + "\"").body(Map.of("federalSentence", "PERHAPS"))
                .put("/api/referrals/" + id + "/eligibility").then().statusCode(400);
        coordinator().header("If-Match", "\"" + version(id) + "\"").body(Map.of()).put("/api/referrals/" + id + "/eligibility").then()
                .statusCode(400).body("errors.field", hasItem(containsString("federalSentence")));
        coordinator().get("/api/referrals/" + id).then().body("federalSentence", equalTo("UNKNOWN"));
    }
}
