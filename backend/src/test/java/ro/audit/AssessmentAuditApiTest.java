package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Referrals;

/** The audit entry of an assessment's change names the record and the fields changed, never what was written. */
@QuarkusTest
class AssessmentAuditApiTest {

    private static final String SECRET_NOTE = "Told me about his brother Kevin Marchand";
    private static final String SECRET_MEASURE = "Meet away from 12 rue des Lilas";

    private static List<Map<String, String>> trailOf(String type, String id) {
        return as("auditor1").queryParam("resourceType", type).queryParam("resourceId", id).get("/api/audit/entries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> details(List<Map<String, String>> trail) {
        return trail.stream().map(e -> e.get("action") + " " + e.get("details")).toList();
    }

    @Test
    void a_suitability_change_names_the_fields_it_changed_and_no_value() {
        String referral = Referrals.underAssessment();
        Map<String, Object> findings = new HashMap<>(Map.of("motivation", "Wants to apologise", "notes", SECRET_NOTE));
        String id = coordinator().body(findings).post("/api/referrals/" + referral + "/suitability-assessments")
                .then().statusCode(201).extract().path("id");
        findings.put("notes", SECRET_NOTE + ", and more");
        findings.put("outcome", "SUITABLE");
        coordinator().header("If-Match", "\"0\"").body(findings).put("/api/referrals/" + referral + "/suitability-assessments/" + id)
                .then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").post("/api/referrals/" + referral + "/suitability-assessments/" + id + "/finalise")
                .then().statusCode(200);
        String amendment = coordinator().body(Map.of("amends", id, "outcome", "NOT_SUITABLE"))
                .post("/api/referrals/" + referral + "/suitability-assessments").then().statusCode(201).extract().path("id");

        List<Map<String, String>> trail = trailOf("SUITABILITY_ASSESSMENT", id);
        assertThat(details(trail)).containsExactly(
                "FINALISE referral=" + referral + ",fields=finalisedAt,finalisedBy",
                "UPDATE referral=" + referral + ",fields=notes,outcome",
                "CREATE referral=" + referral + ",fields=motivation,notes");
        assertThat(details(trailOf("SUITABILITY_ASSESSMENT", amendment)))
                .containsExactly("CREATE referral=" + referral + ",amends=" + id + ",fields=outcome");
        assertThat(trail.toString()).doesNotContain("Kevin", "Marchand", "apologise", "SUITABLE");
    }

    @Test
    void a_safety_change_names_the_fields_it_changed_and_no_value() {
        Cases.OpenedCase c = Cases.open("mediator1");
        Map<String, Object> findings = new HashMap<>(Map.of("participantId", c.harmedPersonId(), "safetyMeasures", SECRET_MEASURE));
        String id = coordinator().body(findings).post("/api/cases/" + c.id() + "/safety-assessments")
                .then().statusCode(201).extract().path("id");
        findings.put("riskLevel", "HIGH");
        findings.put("notSafeToProceed", true);
        coordinator().header("If-Match", "\"0\"").body(findings).put("/api/cases/" + c.id() + "/safety-assessments/" + id)
                .then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").post("/api/cases/" + c.id() + "/safety-assessments/" + id + "/finalise")
                .then().statusCode(200);

        List<Map<String, String>> trail = trailOf("SAFETY_ASSESSMENT", id);
        assertThat(details(trail)).containsExactly(
                "FINALISE case=" + c.id() + ",fields=finalisedAt,finalisedBy,nextDue",
                "UPDATE case=" + c.id() + ",fields=riskLevel,notSafeToProceed",
                "CREATE case=" + c.id() + ",fields=safetyMeasures");
        assertThat(trail.toString()).doesNotContain("Lilas", "HIGH", "true");
    }
}
