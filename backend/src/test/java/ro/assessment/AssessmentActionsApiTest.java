package ro.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Referrals;

/** A read of an assessment lists what its reader may do now; a listed action succeeds, one left out is refused. */
@QuarkusTest
class AssessmentActionsApiTest {

    @Test
    void a_safety_draft_without_a_risk_lists_only_revising_and_once_revised_finalising_succeeds_then_only_amending_is_listed() {
        OpenedCase c = Cases.open("mediator1");
        String base = "/api/cases/" + c.id() + "/safety-assessments/";
        String draft = as("mediator1").body(Map.of("participantId", c.harmedPersonId())).post("/api/cases/" + c.id() + "/safety-assessments")
                .then().statusCode(201).body("allowedActions", contains("REVISE")).extract().path("id");
        as("mediator1").header("If-Match", "\"0\"").post(base + draft + "/finalise").then().statusCode(409);
        as("mediator1").header("If-Match", "\"0\"").body(Map.of("riskLevel", "LOW")).put(base + draft).then().statusCode(200)
                .body("allowedActions", contains("REVISE", "FINALISE"));
        as("mediator1").header("If-Match", "\"1\"").post(base + draft + "/finalise").then().statusCode(200)
                .body("allowedActions", contains("AMEND"));
        as("mediator1").get("/api/cases/" + c.id() + "/safety-assessments").then()
                .body("find { it.id == '" + draft + "' }.allowedActions", contains("AMEND"));
        as("mediator1").header("If-Match", "\"2\"").body(Map.of("riskLevel", "HIGH")).put(base + draft).then().statusCode(409);
        as("mediator1").body(Map.of("participantId", c.harmedPersonId(), "riskLevel", "MODERATE", "amends", draft))
                .post("/api/cases/" + c.id() + "/safety-assessments").then().statusCode(201).body("amends", equalTo(draft));
    }

    @Test
    void a_suitability_draft_lists_finalising_which_succeeds_and_a_finalised_one_lists_only_amending() {
        String referral = Referrals.underAssessment();
        String base = "/api/referrals/" + referral + "/suitability-assessments/";
        String id = Referrals.draftAssessment(referral, "SUITABLE");
        coordinator().get(base + id).then().statusCode(200).body("allowedActions", contains("REVISE", "FINALISE"));
        coordinator().header("If-Match", "\"0\"").post(base + id + "/finalise").then().statusCode(200)
                .body("allowedActions", contains("AMEND"));
        coordinator().header("If-Match", "\"1\"").post(base + id + "/finalise").then().statusCode(409);
    }
}
