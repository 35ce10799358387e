package ro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Referrals;

/**
 * A coordinator assigns a mediator to a referral's assessment: that mediator, and no other, reaches the
 * referral, drafts and finalises its suitability assessments and reads its people, while it is being
 * assessed; the coordinator still decides.
 */
@QuarkusTest
class ReferralAssessorApiTest {

    static String etag(String referralId) {
        return "\"" + coordinator().get("/api/referrals/" + referralId).then().statusCode(200).extract().path("version") + "\"";
    }

    /** A coordinator assigns this mediator to the referral's assessment. */
    static Response assign(String referralId, String mediator) {
        return coordinator().header("If-Match", etag(referralId)).body(Map.of("mediator", mediator))
                .put("/api/referrals/" + referralId + "/assessor");
    }

    /** The status of each thing an assessor does, as this caller: read the referral, the assessments, one assessment, the harmed person. */
    static List<Integer> reach(String who, String referralId, String assessmentId, String harmedPersonId) {
        String base = "/api/referrals/" + referralId;
        return List.of(as(who).get(base).statusCode(), as(who).get(base + "/suitability-assessments").statusCode(),
                as(who).get(base + "/suitability-assessments/" + assessmentId).statusCode(),
                as(who).get("/api/participants/" + harmedPersonId).statusCode());
    }

    @Test
    void the_assigned_mediator_drafts_revises_and_finalises_and_the_coordinator_then_accepts() {
        String id = Referrals.underAssessment();
        assign(id, "mediator1").then().statusCode(200).header("ETag", notNullValue())
                .body("assessor", equalTo("mediator1")).body("assessorAssignedAt", notNullValue()).body("mayAssignAssessor", equalTo(true));

        String base = "/api/referrals/" + id;
        as("mediator1").get(base).then().statusCode(200).body("id", equalTo(id)).body("assessor", equalTo("mediator1"))
                .body("allowedActions", empty()).body("mayAssignAssessor", equalTo(false));
        String assessment = as("mediator1").body(Map.of("appropriateness", "Appropriate.", "motivation", "Wants answers."))
                .post(base + "/suitability-assessments").then().statusCode(201).body("createdBy", equalTo("mediator1"))
                .body("allowedActions", containsInAnyOrder("REVISE")).extract().path("id");
        as("mediator1").header("If-Match", "\"0\"").body(Map.of("appropriateness", "Appropriate.", "outcome", "SUITABLE"))
                .put(base + "/suitability-assessments/" + assessment).then().statusCode(200).body("outcome", equalTo("SUITABLE"))
                .body("allowedActions", containsInAnyOrder("REVISE", "FINALISE"));
        as("mediator1").header("If-Match", "\"1\"").post(base + "/suitability-assessments/" + assessment + "/finalise").then()
                .statusCode(200).body("finalised", equalTo(true)).body("finalisedBy", equalTo("mediator1"))
                .body("allowedActions", containsInAnyOrder("AMEND"));
        as("mediator1").get(base + "/suitability-assessments").then().statusCode(200).body("id", hasItem(assessment));

        // the coordinator still decides: the mediator may not
        as("mediator1").post(base + "/accept").then().statusCode(403);
        as("mediator1").body(Map.of("reason", "SAFETY")).post(base + "/decline").then().statusCode(403);
        as("mediator1").post(base + "/withdraw").then().statusCode(403);
        as("mediator1").header("If-Match", "\"0\"").body(Map.of("federalSentence", "NO")).put(base + "/eligibility").then().statusCode(403);
        as("mediator1").header("If-Match", "\"0\"").body(Map.of("mediator", "mediator2")).put(base + "/assessor").then().statusCode(403);
        as("mediator1").get("/api/referrals").then().statusCode(403);
        coordinator().get(base).then().body("allowedActions", hasItem("ACCEPT"));
        coordinator().post(base + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("assessor", equalTo("mediator1")).body("mayAssignAssessor", equalTo(false));

        // decided: the mediator's reach ends at once
        String harmed = coordinator().get(base).then().extract().path("harmedPerson.id");
        assertThat(reach("mediator1", id, assessment, harmed)).containsOnly(404);
        assertThat(reach("coordinator1", id, assessment, harmed)).containsOnly(200);
    }

    @Test
    void only_the_assigned_mediator_reaches_the_referral_and_its_people_and_loses_them_on_reassignment_and_removal() {
        String id = Referrals.harmedPersonMatched();
        String assessment = Referrals.draftAssessment(id, null);
        String harmed = coordinator().get("/api/referrals/" + id).then().extract().path("harmedPerson.id");
        assertThat(reach("mediator1", id, assessment, harmed)).containsOnly(404);

        assign(id, "mediator1").then().statusCode(200);
        assertThat(reach("mediator1", id, assessment, harmed)).containsOnly(200);
        // the referral alone: nothing of the staff referral it is matched with
        coordinator().get("/api/referrals/" + id).then().body("matchedReferralIds", org.hamcrest.Matchers.hasSize(1));
        as("mediator1").get("/api/referrals/" + id).then().body("matchedReferralIds", empty()).body("duplicateIds", empty())
                .body("offender.id", notNullValue());
        assertThat(reach("mediator2", id, assessment, harmed)).containsOnly(404);
        as("mediator1").get("/api/participants/" + harmed).then().body("contact.phone", notNullValue());
        String lastName = coordinator().get("/api/participants/" + harmed).then().extract().path("lastName");
        as("mediator1").queryParam("q", lastName).get("/api/participants").then().statusCode(200).body("items.id", hasItem(harmed));
        as("mediator2").queryParam("q", lastName).get("/api/participants").then().statusCode(200).body("items.id", not(hasItem(harmed)));
        as("mediator2").header("If-Match", "\"0\"").post("/api/referrals/" + id + "/suitability-assessments/" + assessment + "/finalise")
                .then().statusCode(404);

        assign(id, "mediator2").then().statusCode(200).body("assessor", equalTo("mediator2"));
        assertThat(reach("mediator1", id, assessment, harmed)).containsOnly(404);
        assertThat(reach("mediator2", id, assessment, harmed)).containsOnly(200);

        coordinator().header("If-Match", etag(id)).delete("/api/referrals/" + id + "/assessor").then().statusCode(200)
                .header("ETag", notNullValue()).body("assessor", nullValue()).body("assessorAssignedAt", nullValue());
        assertThat(reach("mediator2", id, assessment, harmed)).containsOnly(404);
        coordinator().header("If-Match", etag(id)).delete("/api/referrals/" + id + "/assessor").then().statusCode(409)
                .body("detail", equalTo("No mediator is assigned to this referral's assessment."));
    }

    @Test
    void an_assessor_must_be_an_active_mediator_of_the_roster_on_a_referral_being_assessed_with_its_current_version() {
        String id = Referrals.submitted();
        String tag = etag(id);
        coordinator().header("If-Match", tag).body(Map.of("mediator", "staff1")).put("/api/referrals/" + id + "/assessor").then()
                .statusCode(400).body("errors.field", hasItem("mediator"));
        coordinator().header("If-Match", tag).body(Map.of("mediator", "")).put("/api/referrals/" + id + "/assessor").then().statusCode(400);
        coordinator().body(Map.of("mediator", "mediator1")).put("/api/referrals/" + id + "/assessor").then().statusCode(428);
        coordinator().header("If-Match", "\"99\"").body(Map.of("mediator", "mediator1")).put("/api/referrals/" + id + "/assessor").then()
                .statusCode(412);
        coordinator().header("If-Match", tag).body(Map.of("mediator", "mediator1")).put("/api/referrals/00000000-0000-0000-0000-000000000000/assessor")
                .then().statusCode(404);
        coordinator().get("/api/referrals/" + id).then().body("assessor", nullValue()).body("version", equalTo(Integer.valueOf(tag.replace("\"", ""))));

        coordinator().post("/api/referrals/" + id + "/withdraw").then().statusCode(200).body("mayAssignAssessor", equalTo(false));
        coordinator().header("If-Match", etag(id)).header("Accept-Language", "fr").body(Map.of("mediator", "mediator1"))
                .put("/api/referrals/" + id + "/assessor").then().statusCode(409)
                .body("detail", equalTo("Un médiateur n'est affecté à l'évaluation d'un renvoi que lorsqu'il est soumis ou en évaluation; celui-ci est WITHDRAWN."));
    }

    @Test
    void the_assignment_is_audited_by_its_mediator_and_the_names_of_the_fields_it_set() {
        String id = Referrals.submitted();
        assign(id, "mediator1").then().statusCode(200);
        assign(id, "mediator2").then().statusCode(200);
        coordinator().header("If-Match", etag(id)).delete("/api/referrals/" + id + "/assessor").then().statusCode(200);
        List<Map<String, String>> items = as("auditor1").queryParam("resourceType", "REFERRAL").queryParam("resourceId", id)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> trail = items.stream().map(e -> e.get("action") + " " + e.get("details")).toList();
        assertThat(trail).contains("ASSIGN_ASSESSOR assessor=mediator1,fields=assessor,assessorAssignedAt,assessorAssignedBy",
                "ASSIGN_ASSESSOR assessor=mediator2,replaced=mediator1,fields=assessor,assessorAssignedAt,assessorAssignedBy",
                "UNASSIGN_ASSESSOR replaced=mediator2,fields=assessor,assessorAssignedAt,assessorAssignedBy");
    }

    @Test
    void my_work_lists_the_referrals_assigned_to_me_for_assessment_while_they_are_being_assessed() {
        String id = Referrals.harmedPersonMatched();
        String assignedAt = assign(id, "mediator1").then().statusCode(200).extract().path("assessorAssignedAt");
        List<Map<String, Object>> mine = as("mediator1").queryParam("size", 100).get("/api/work/referral-assessments").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> item = mine.stream().filter(i -> id.equals(i.get("referralId"))).findFirst().orElseThrow();
        assertThat(item).containsEntry("reason", "ASSIGNED_FOR_ASSESSMENT");
        assertThat(java.time.Instant.parse((String) item.get("since")))
                .isCloseTo(java.time.Instant.parse(assignedAt), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat((List<?>) item.get("people")).hasSize(2);
        List<Map<String, Object>> summary = as("mediator1").get("/api/work").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(summary).anySatisfy(q -> {
            assertThat(q.get("queue")).isEqualTo("referral-assessments");
            assertThat(((Number) q.get("count")).longValue()).isPositive();
        });
        as("mediator2").queryParam("size", 100).get("/api/work/referral-assessments").then().statusCode(200)
                .body("items.referralId", not(hasItem(id)));
        coordinator().get("/api/work/referral-assessments").then().statusCode(403);

        coordinator().post("/api/referrals/" + id + "/withdraw").then().statusCode(200);
        as("mediator1").queryParam("size", 100).get("/api/work/referral-assessments").then().statusCode(200)
                .body("items.referralId", not(hasItem(id)));
    }
}
