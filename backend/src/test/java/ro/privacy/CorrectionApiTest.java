package ro.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.create;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Referrals;

/** Correction requests: recorded against an existing record and field, listed by record, resolved once, audited on both. */
@QuarkusTest
class CorrectionApiTest {

    static Map<String, Object> correction(String participantId, String type, String recordId, String field) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantId", participantId);
        body.put("recordType", type);
        body.put("recordId", recordId);
        if (field != null) {
            body.put("field", field);
        }
        body.put("whatIsWrong", "This phone number is not mine");
        body.put("whatIsAsked", "Record 613 555 0199 instead");
        return body;
    }

    static String record(Map<String, Object> body) {
        return coordinator().body(body).post("/api/corrections").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_correction_is_recorded_open_listed_with_its_record_and_resolved_once_as_disputed() {
        String person = create(victim("Corinne", unique("Correct")));
        var created = coordinator().body(correction(person, "PARTICIPANT", person, "contact.phone")).post("/api/corrections").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("state", equalTo("OPEN")).body("field", equalTo("contact.phone")).body("requestedBy", equalTo("coordinator1"))
                .body("requestedByName.displayName", equalTo("Claire Coordinator"))
                .body("resolvedAt", nullValue()).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/corrections/" + id);
        String whole = record(correction(person, "PARTICIPANT", person, null));

        coordinator().queryParam("recordType", "PARTICIPANT").queryParam("recordId", person).get("/api/corrections").then().statusCode(200)
                .body("items.id", contains(id, whole)).body("total", equalTo(2)).body("items[1].field", nullValue());

        String path = "/api/corrections/" + id + "/resolve";
        Map<String, Object> annotated = Map.of("outcome", "ANNOTATED", "note", "The institution confirmed the number on file");
        coordinator().body(annotated).post(path).then().statusCode(428);
        coordinator().header("If-Match", "\"7\"").body(annotated).post(path).then().statusCode(412);
        coordinator().header("If-Match", "\"0\"").body(Map.of("outcome", "ANNOTATED")).post(path).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("note"));
        coordinator().header("If-Match", "\"0\"").body(annotated).post(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("state", equalTo("ANNOTATED")).body("resolvedBy", equalTo("coordinator1"))
                .body("resolvedByName.displayName", equalTo("Claire Coordinator"))
                .body("resolutionNote", equalTo("The institution confirmed the number on file"));
        coordinator().header("If-Match", "\"1\"").body(Map.of("outcome", "CORRECTED", "note", "again")).post(path).then().statusCode(409);
        coordinator().get("/api/corrections/" + id).then().statusCode(200).header("ETag", "\"1\"").body("state", equalTo("ANNOTATED"))
                .body("whatIsWrong", equalTo("This phone number is not mine"));

        // open ones first, the resolved one after; by state; by person
        coordinator().queryParam("participantId", person).get("/api/corrections").then().body("items.id", contains(whole, id));
        coordinator().queryParam("participantId", person).queryParam("state", "ANNOTATED").get("/api/corrections").then()
                .body("items.id", contains(id));
    }

    @Test
    void each_kind_of_record_is_asked_of_its_feature_and_one_that_does_not_exist_is_refused_naming_recordId() {
        Cases.OpenedCase c = Cases.inDialogue("mediator2");
        String referral = Referrals.underAssessment();
        String suitability = Referrals.draftAssessment(referral, null);
        String safety = Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, null);
        String letter = Cases.letter(c);
        String note = ro.testing.Callers.as("mediator2").body(Map.of("text", "Met them")).post("/api/cases/" + c.id() + "/notes").then()
                .statusCode(201).extract().path("id");
        Map<String, String> records = Map.of("REFERRAL", referral, "SUITABILITY_ASSESSMENT", suitability, "SAFETY_ASSESSMENT", safety,
                "MESSAGE", letter, "CASE_NOTE", note);
        records.forEach((type, recordId) -> {
            record(correction(c.harmedPersonId(), type, recordId, null));
            coordinator().body(correction(c.harmedPersonId(), type, UUID.randomUUID().toString(), null)).post("/api/corrections").then()
                    .statusCode(422).body("errors[0].field", equalTo("recordId"));
        });
        // a record of another kind is not this kind's: a note's id is no message
        coordinator().body(correction(c.harmedPersonId(), "MESSAGE", note, null)).post("/api/corrections").then().statusCode(422);
        coordinator().body(correction(UUID.randomUUID().toString(), "CASE_NOTE", note, null)).post("/api/corrections").then()
                .statusCode(422).body("errors[0].field", equalTo("participantId"));
        coordinator().body(correction(c.harmedPersonId(), "CASE_NOTE", note, "riskLevel")).post("/api/corrections").then()
                .statusCode(400).body("errors[0].field", equalTo("field"));
        coordinator().body(correction(c.harmedPersonId(), "SAFETY_ASSESSMENT", safety, "riskLevel")).post("/api/corrections").then()
                .statusCode(201);
        // the notices of a page listing records: one call for all of them, only those of this kind
        String secondSafety = Cases.assessSafety(c.id(), c.offenderId(), "LOW", false, null);
        record(correction(c.offenderId(), "SAFETY_ASSESSMENT", secondSafety, "readiness"));
        assertThat(coordinator().queryParam("recordType", "SAFETY_ASSESSMENT").queryParam("recordId", safety, secondSafety, note)
                .get("/api/corrections").then().statusCode(200).extract().jsonPath().<String>getList("items.recordId"))
                .containsExactlyInAnyOrder(safety, safety, secondSafety);
        coordinator().queryParam("recordType", "CASE_NOTE").get("/api/corrections").then().statusCode(400)
                .body("errors[0].field", equalTo("recordId"));
        assertThat(coordinator().queryParam("participantId", c.harmedPersonId()).get("/api/corrections").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.recordType"))
                .containsExactlyInAnyOrder("REFERRAL", "SUITABILITY_ASSESSMENT", "SAFETY_ASSESSMENT", "MESSAGE", "CASE_NOTE", "SAFETY_ASSESSMENT");
    }

    @Test
    void the_request_and_its_resolution_show_in_the_disputed_records_access_log_by_field_name_only() throws InterruptedException {
        String person = create(victim("Audrey", unique("Audited")));
        String id = record(correction(person, "PARTICIPANT", person, "contact.phone"));
        coordinator().header("If-Match", "\"0\"").body(Map.of("outcome", "CORRECTED", "note", "Phone corrected on the record"))
                .post("/api/corrections/" + id + "/resolve").then().statusCode(200);
        var auditor = ro.testing.Callers.as("auditor1");
        List<String> actions = List.of();
        for (int i = 0; i < 50 && !actions.contains("CORRECTION_RESOLVED"); i++) {
            actions = auditor.get("/api/audit/records/PARTICIPANT/" + person).then().statusCode(200).extract().jsonPath().getList("items.action");
            Thread.sleep(100);
        }
        ro.testing.Callers.as("auditor1").get("/api/audit/records/PARTICIPANT/" + person).then()
                .body("items.action", hasItems("CORRECTION_REQUESTED", "CORRECTION_RESOLVED"))
                .body("items.find { it.action == 'CORRECTION_REQUESTED' }.details", equalTo("correction=" + id + ",fields=contact.phone"))
                .body("items.find { it.action == 'CORRECTION_RESOLVED' }.details",
                        equalTo("correction=" + id + ",outcome=CORRECTED,fields=contact.phone"));
        ro.testing.Callers.as("auditor1").get("/api/audit/records/CORRECTION_REQUEST/" + id).then()
                .body("items.action", hasItems("CREATE", "RESOLVE"))
                .body("items.find { it.action == 'RESOLVE' }.details", equalTo("outcome=CORRECTED,fields=state,resolutionNote"))
                .body("items.details", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("not mine"))));
    }
}
