package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.TestClock;

@QuarkusTest
class CaseApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String today(int plusDays) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
    }

    // ---- opening --------------------------------------------------------------------------------

    @Test
    void a_coordinator_opens_a_case_from_accepted_referrals_of_both_sides_with_co_mediators() {
        List<String> referrals = Cases.acceptedPair(Referrals.staffReferral(Participants.offenderNumber()));
        coordinator().body(Map.of("referralIds", referrals, "mediators", List.of("mediator1", "mediator2"))).post("/api/cases")
                .then().statusCode(201)
                .body("stage", equalTo("PREPARATION"))
                .body("mediators", contains("mediator1", "mediator2"))
                .body("participants.side", containsInAnyOrder("HARMED", "OFFENDER"))
                .body("participants.status", contains("ACTIVE", "ACTIVE"))
                .body("referralIds", hasSize(2))
                .body("onSafetyHold", equalTo(false));
        String caseId = coordinator().get("/api/cases").jsonPath().getString("items.find { it.mediators.size() == 2 }.id");
        coordinator().get("/api/referrals/" + referrals.get(0)).then().body("caseId", notNullValue());
        coordinator().body(Map.of("referralIds", referrals, "mediators", List.of("mediator1"))).post("/api/cases")
                .then().statusCode(409).body("type", equalTo("/problems/case-referral-already-in-case"));
        assertThat(caseId).isNotNull();
    }

    @Test
    void a_case_needs_accepted_referrals_of_both_sides_about_one_offender_and_one_or_two_rostered_mediators() {
        String submitted = Referrals.submitted();
        coordinator().body(Map.of("referralIds", List.of(submitted), "mediators", List.of("mediator1"))).post("/api/cases")
                .then().statusCode(409).body("type", equalTo("/problems/case-referral-not-accepted"));
        List<String> pair = Cases.acceptedPair(Referrals.staffReferral(Participants.offenderNumber()));
        coordinator().body(Map.of("referralIds", List.of(pair.get(1)), "mediators", List.of("mediator1"))).post("/api/cases")
                .then().statusCode(409).body("type", equalTo("/problems/case-needs-both-sides"));
        List<String> other = Cases.acceptedPair(Referrals.staffReferral(Participants.offenderNumber()));
        coordinator().body(Map.of("referralIds", List.of(pair.get(0), other.get(1)), "mediators", List.of("mediator1")))
                .post("/api/cases").then().statusCode(409).body("type", equalTo("/problems/case-referral-several-offenders"));
        coordinator().body(Map.of("referralIds", pair, "mediators", List.of("mediator1", "mediator2", "mediator1")))
                .post("/api/cases").then().statusCode(400).body("errors.field", contains("mediators"));
        coordinator().body(Map.of("referralIds", pair, "mediators", List.of("staff1"))).post("/api/cases")
                .then().statusCode(400).body("errors.rule", contains("OnActiveRoster"));
        coordinator().body(Map.of("referralIds", pair, "mediators", List.of())).post("/api/cases")
                .then().statusCode(400).body("errors.rule", contains("Size"));
        coordinator().body(Map.of("referralIds", pair, "mediators", List.of("mediator1"))).post("/api/cases").then().statusCode(201);
    }

    // ---- object-level access ----------------------------------------------------------------------

    @Test
    void a_mediator_reaches_only_assigned_cases_and_loses_access_at_once_on_reassignment() {
        OpenedCase c = Cases.open("mediator1");
        as("mediator1").get("/api/cases/" + c.id()).then().statusCode(200);
        as("mediator1").get("/api/cases").then().body("items.id", hasItem(c.id()));
        as("mediator2").get("/api/cases/" + c.id()).then().statusCode(404);
        as("mediator2").get("/api/cases").then().body("items.id", not(hasItem(c.id())));
        as("mediator1").get("/api/participants/" + c.harmedPersonId()).then().statusCode(200)
                .body("contact.phone", notNullValue());
        as("mediator1").queryParam("size", 100).get("/api/participants").then().body("items.id", hasItem(c.harmedPersonId()));
        as("mediator2").get("/api/participants/" + c.harmedPersonId()).then().statusCode(404);

        coordinator().body(Map.of("mediators", List.of("mediator2"))).put("/api/cases/" + c.id() + "/mediators").then()
                .statusCode(200).body("mediators", contains("mediator2"));
        as("mediator1").get("/api/cases/" + c.id()).then().statusCode(404);
        as("mediator1").get("/api/participants/" + c.harmedPersonId()).then().statusCode(404);
        as("mediator1").body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(404);
        as("mediator2").get("/api/cases/" + c.id()).then().statusCode(200);
        coordinator().get("/api/cases/" + c.id() + "/timeline").then().body("items.kind", hasItem("MEDIATORS"));
    }

    // ---- stages ---------------------------------------------------------------------------------

    @Test
    void stages_move_in_order_closing_needs_an_outcome_and_a_closed_case_reopens() {
        OpenedCase c = Cases.open("mediator1");
        String stage = "/api/cases/" + c.id() + "/stage";
        as("mediator1").body(Map.of("stage", "FOLLOW_UP")).post(stage).then().statusCode(409)
                .body("type", equalTo("/problems/case-stage-illegal"));
        as("mediator1").body(Map.of("stage", "DIALOGUE")).post(stage).then().statusCode(200).body("stage", equalTo("DIALOGUE"));
        as("mediator1").body(Map.of("stage", "FOLLOW_UP")).post(stage).then().statusCode(200);
        as("mediator1").body(Map.of("stage", "CLOSED")).post(stage).then().statusCode(400)
                .body("type", equalTo("/problems/validation")).body("errors.field", contains("outcomeSummary"));
        as("mediator1").body(Map.of("stage", "CLOSED", "outcomeSummary", "  ")).post(stage).then().statusCode(400)
                .body("errors.field", contains("outcomeSummary"));
        as("mediator1").get("/api/cases/" + c.id()).then().body("stage", equalTo("FOLLOW_UP"));
        as("mediator1").body(Map.of("stage", "CLOSED", "outcomeSummary", "Letters exchanged")).post(stage).then().statusCode(422)
                .body("type", equalTo("/problems/case-stage-close-needs-closure-outcome")).body("errors.field", contains("closureOutcome"));
        as("mediator1").body(Map.of("stage", "DIALOGUE", "closureOutcome", "ENDED_OTHER")).post(stage).then().statusCode(422)
                .body("errors.field", contains("closureOutcome"));
        as("mediator1").get("/api/cases/" + c.id()).then().body("stage", equalTo("FOLLOW_UP")).body("closureOutcome", nullValue());
        as("mediator1").body(Map.of("stage", "CLOSED", "outcomeSummary", "Letters exchanged; the family had answers",
                "closureOutcome", "DIALOGUE_COMPLETED")).post(stage).then().statusCode(200).body("stage", equalTo("CLOSED"))
                .body("closedAt", notNullValue()).body("closureOutcome", equalTo("DIALOGUE_COMPLETED"));
        as("mediator1").body(Map.of("stage", "DIALOGUE")).post(stage).then().statusCode(409);
        coordinator().body(Map.of("stage", "PREPARATION")).post(stage).then().statusCode(200)
                .body("stage", equalTo("PREPARATION")).body("closedAt", nullValue());
        coordinator().get("/api/cases/" + c.id() + "/timeline").then()
                .body("items.findAll { it.kind == 'STAGE' }.summary", contains("PREPARATION → DIALOGUE", "DIALOGUE → FOLLOW_UP",
                        "FOLLOW_UP → CLOSED", "CLOSED → PREPARATION"));
    }

    // ---- ways, consents, participation ------------------------------------------------------------

    @Test
    void ways_and_consents_change_with_history() {
        OpenedCase c = Cases.open("mediator1");
        as("mediator1").body(Map.of("ways", List.of("LETTERS"))).put("/api/cases/" + c.id() + "/ways").then()
                .statusCode(200).body("ways", contains("LETTERS"));
        as("mediator1").body(Map.of("ways", List.of("SHUTTLE", "VIDEO_MESSAGES"))).put("/api/cases/" + c.id() + "/ways").then()
                .statusCode(200).body("ways", contains("VIDEO_MESSAGES", "SHUTTLE"));
        as("mediator1").body(Map.of("way", "SHUTTLE", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/consents").then().statusCode(200)
                .body("participants.find { it.side == 'HARMED' }.consents.SHUTTLE", equalTo(true));
        as("mediator1").body(Map.of("way", "SHUTTLE", "given", false, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/consents").then().statusCode(200)
                .body("participants.find { it.side == 'HARMED' }.consents.SHUTTLE", equalTo(false));
        as("mediator1").body(Map.of("way", "SHUTTLE", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + Participants.create(Participants.victim("Not", "InCase")) + "/consents")
                .then().statusCode(404);
        String harmedName = coordinator().get("/api/participants/" + c.harmedPersonId()).path("firstName");
        as("mediator1").get("/api/cases/" + c.id() + "/timeline").then()
                .body("items.findAll { it.kind == 'WAYS' }", hasSize(2))
                .body("items.findAll { it.kind == 'CONSENT' }.summary", contains(
                        org.hamcrest.Matchers.allOf(containsString(harmedName), containsString("consents to SHUTTLE")),
                        containsString("withdraws consent to SHUTTLE")));
        as("mediator1").header("Accept-Language", "fr").get("/api/cases/" + c.id() + "/timeline").then()
                .body("items.findAll { it.kind == 'CONSENT' }.summary", contains(containsString("consent à SHUTTLE"),
                        containsString("retire son consentement à SHUTTLE")))
                .body("items.find { it.kind == 'WAYS' }.summary", equalTo("Modes de communication : LETTERS"));
    }

    @Test
    void a_withdrawal_needs_no_reason_takes_effect_at_once_cancels_meetings_and_can_be_undone() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        String meeting = as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201)
                .body("state", equalTo("SCHEDULED")).body("attendees.role", hasItem("ESCORT_STAFF")).extract().path("id");

        as("mediator1").post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/withdrawal").then().statusCode(200)
                .body("participants.find { it.side == 'HARMED' }.status", equalTo("WITHDRAWN"));
        as("mediator1").get("/api/cases/" + c.id() + "/meetings").then()
                .body("find { it.id == '" + meeting + "' }.state", equalTo("CANCELLED"));
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-participant-withdrawn"));
        as("mediator1").post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/withdrawal").then().statusCode(409);

        as("mediator1").post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/rejoin").then().statusCode(200)
                .body("participants.find { it.side == 'HARMED' }.status", equalTo("ACTIVE"));
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201);
        as("mediator1").get("/api/cases/" + c.id() + "/timeline").then()
                .body("items.kind", hasItem("WITHDRAWN")).body("items.kind", hasItem("REJOINED"))
                .body("items.kind", hasItem("MEETING_CANCELLED"));
    }

    // ---- safety -----------------------------------------------------------------------------------

    @Test
    void a_high_risk_assessment_puts_the_case_on_hold_and_refuses_meetings_until_a_new_one_clears_it() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "HIGH", false, null);
        as("mediator1").get("/api/cases/" + c.id()).then().body("onSafetyHold", equalTo(true))
                .body("holdReasons.reason", contains("HIGH_RISK"))
                .body("holdReasons.participantId", contains(c.harmedPersonId()));
        as("mediator1").get("/api/cases").then().body("items.find { it.id == '" + c.id() + "' }.onSafetyHold", equalTo(true));
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-safety-hold"));

        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, null);
        as("mediator1").get("/api/cases/" + c.id()).then().body("onSafetyHold", equalTo(false));
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201);
    }

    @Test
    void a_not_safe_to_proceed_finding_holds_the_case_and_a_withdrawn_participant_does_not() {
        OpenedCase c = Cases.open("mediator1");
        Cases.assessSafety(c.id(), c.offenderId(), "LOW", true, null);
        as("mediator1").get("/api/cases/" + c.id()).then().body("holdReasons.reason", contains("NOT_SAFE_TO_PROCEED"));
        as("mediator1").post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/withdrawal").then().statusCode(200)
                .body("onSafetyHold", equalTo(false));
    }

    @Test
    void a_scheduled_meeting_is_not_held_while_the_case_is_on_hold() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        String meeting = as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201)
                .extract().path("id");
        Cases.assessSafety(c.id(), c.offenderId(), "HIGH", false, null);
        as("mediator1").body(Map.of("outcome", "Held")).post("/api/cases/" + c.id() + "/meetings/" + meeting + "/outcome").then()
                .statusCode(409).body("type", equalTo("/problems/meeting-safety-hold"));
        as("mediator1").get("/api/cases/" + c.id() + "/meetings").then().body("find { it.id == '" + meeting + "' }.state", equalTo("SCHEDULED"));
        Cases.assessSafety(c.id(), c.offenderId(), "LOW", false, null);
        as("mediator1").body(Map.of("outcome", "Held")).post("/api/cases/" + c.id() + "/meetings/" + meeting + "/outcome").then()
                .statusCode(200).body("state", equalTo("HELD"))
                .body("attendees.findAll { it.role == 'PARTICIPANT' }.name", hasSize(2));
    }

    @Test
    void an_overdue_reassessment_puts_the_case_on_hold_when_the_clock_passes_its_date() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, today(3));
        Cases.assessSafety(c.id(), c.offenderId(), "MODERATE", false, null);
        as("mediator1").get("/api/cases/" + c.id()).then().body("onSafetyHold", equalTo(false))
                .body("nextAssessmentDue", equalTo(today(3)));

        clock.advance(Duration.ofDays(5));
        as("mediator1").get("/api/cases/" + c.id()).then().body("onSafetyHold", equalTo(true))
                .body("holdReasons.reason", contains("REASSESSMENT_OVERDUE"))
                .body("holdReasons.due", contains(today(3)));
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-safety-hold"));
    }

    @Test
    void the_next_assessment_falls_due_in_90_days_by_default_and_a_finalised_one_is_never_edited() {
        OpenedCase c = Cases.open("mediator1");
        String id = Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, null);
        as("mediator1").get("/api/cases/" + c.id() + "/safety-assessments").then()
                .body("find { it.id == '" + id + "' }.nextDue", equalTo(today(90)))
                .body("find { it.id == '" + id + "' }.finalised", equalTo(true));
        as("mediator1").header("If-Match", "\"1\"").body(Map.of("riskLevel", "HIGH"))
                .put("/api/cases/" + c.id() + "/safety-assessments/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/safety-finalised-immutable"));
        String draft = as("mediator1").body(Map.of("participantId", c.harmedPersonId())).post("/api/cases/" + c.id() + "/safety-assessments")
                .then().statusCode(201).extract().path("id");
        as("mediator1").header("If-Match", "\"0\"").post("/api/cases/" + c.id() + "/safety-assessments/" + draft + "/finalise")
                .then().statusCode(409).body("type", equalTo("/problems/safety-finalise-needs-risk"));
        as("mediator1").body(Map.of("riskLevel", "LOW")).post("/api/cases/" + c.id() + "/safety-assessments")
                .then().statusCode(400).body("errors.field", contains("participantId"));
        as("mediator1").body(Map.of("participantId", c.harmedPersonId(), "riskLevel", "MODERATE", "amends", id))
                .post("/api/cases/" + c.id() + "/safety-assessments").then().statusCode(201).body("amends", equalTo(id));
    }

    // ---- meetings ---------------------------------------------------------------------------------

    @Test
    void a_meeting_needs_face_to_face_chosen_every_attendee_consenting_and_the_no_contact_condition_reviewed() {
        OpenedCase c = Cases.open("mediator1");
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-face-to-face-not-chosen"));
        as("mediator1").body(Map.of("ways", List.of("FACE_TO_FACE"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        as("mediator1").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-participant-no-consent"));

        Map<String, Object> withCondition = Referrals.staffReferral(Participants.offenderNumber());
        withCondition.put("noContactCondition", "No contact with the victim");
        OpenedCase conditioned = Cases.open(Cases.acceptedPair(withCondition), "mediator1");
        Cases.readyToMeet(conditioned);
        as("mediator1").get("/api/cases/" + conditioned.id()).then().body("noContactReviewPending", equalTo(true));
        as("mediator1").body(Cases.meeting(conditioned)).post("/api/cases/" + conditioned.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-no-contact-review-pending"));
        String staffReferral = coordinator().get("/api/cases/" + conditioned.id()).jsonPath().getList("referralIds", String.class).stream()
                .filter(r -> "STAFF".equals(coordinator().get("/api/referrals/" + r).path("source"))).findFirst().orElseThrow();
        coordinator().post("/api/referrals/" + staffReferral + "/no-contact-review").then().statusCode(200);
        String meeting = as("mediator1").body(Cases.meeting(conditioned)).post("/api/cases/" + conditioned.id() + "/meetings")
                .then().statusCode(201).extract().path("id");
        as("mediator1").body(Map.of("outcome", "Held; apology given", "agreements", "Follow-up letter"))
                .post("/api/cases/" + conditioned.id() + "/meetings/" + meeting + "/outcome").then().statusCode(200)
                .body("state", equalTo("HELD"));
        as("mediator1").body(Map.of()).post("/api/cases/" + conditioned.id() + "/meetings/" + meeting + "/cancellation").then()
                .statusCode(409).body("type", equalTo("/problems/meeting-not-scheduled"));
    }

    // ---- notes ------------------------------------------------------------------------------------

    @Test
    void a_mediators_only_note_never_leaves_the_mediators() {
        OpenedCase c = Cases.open("mediator1");
        as("mediator1").body(Map.of("text", "Shared with the coordinator")).post("/api/cases/" + c.id() + "/notes").then().statusCode(201);
        as("mediator1").body(Map.of("text", "Only for us: what she said about her brother", "mediatorsOnly", true))
                .post("/api/cases/" + c.id() + "/notes").then().statusCode(201);
        as("mediator1").get("/api/cases/" + c.id() + "/notes").then().body("text", hasSize(2));
        String seen = coordinator().get("/api/cases/" + c.id() + "/notes").then().statusCode(200).body("text", hasSize(1)).extract().asString();
        assertThat(seen).doesNotContain("her brother");
        coordinator().body(Map.of("text", "A coordinator's note")).post("/api/cases/" + c.id() + "/notes").then().statusCode(403);
        as("mediator2").get("/api/cases/" + c.id() + "/notes").then().statusCode(404);
    }

    @Test
    void the_timeline_pages_every_event_in_order() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        as("mediator1").queryParam("size", 2).get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("total", equalTo(4)).body("items.kind", contains("OPENED", "WAYS"));
        as("mediator1").queryParam("size", 2).queryParam("page", 1).get("/api/cases/" + c.id() + "/timeline").then()
                .body("items.kind", contains("CONSENT", "CONSENT"));
    }
}
