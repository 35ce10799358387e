package ro.actions;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Referrals;

/**
 * What a read offers agrees with what the rules enforce: each action a read lists as refused is absent
 * from its allowedActions, and doing it anyway is refused with the same reason, in the same words (the
 * caller's language). Recording a message follows the same pattern through the new-message choices.
 */
@QuarkusTest
class ActionsOfferedApiTest {

    /** The refusal listed for the action in this read's list, as {reasonKey, reason}. */
    private static Map<String, String> refusal(JsonPath read, String list, String action) {
        Map<String, String> found = read.getMap(list + ".find { it.action == '" + action + "' }");
        assertTrue(found != null, action + " is listed among " + list + " in " + read.prettify());
        return found;
    }

    /** The attempt is refused as the read said it would be: 409, the reason's type, the reason's words. */
    private static void refusedAsListed(Map<String, String> listed, Response attempt) {
        attempt.then().statusCode(409).body("type", equalTo("/problems/" + listed.get("reasonKey").replace('.', '-')))
                .body("detail", equalTo(listed.get("reason")));
    }

    @Test
    void a_draft_assessment_without_an_outcome_offers_no_finalise_and_finalising_it_is_refused_for_that_reason() {
        String referral = Referrals.underAssessment();
        String id = Referrals.draftAssessment(referral, null);
        String path = "/api/referrals/" + referral + "/suitability-assessments/" + id;
        JsonPath read = one(coordinator().header("Accept-Language", "fr").get("/api/referrals/" + referral + "/suitability-assessments"), id);
        List<String> allowed = read.getList("allowedActions");
        assertFalse(allowed.contains("FINALISE"));
        assertTrue(allowed.contains("REVISE"));
        Map<String, String> listed = refusal(read, "refusedActions", "FINALISE");
        assertEquals("suitability.finalise.needs-outcome", listed.get("reasonKey"));
        refusedAsListed(listed, coordinator().header("Accept-Language", "fr").header("If-Match", "\"0\"").post(path + "/finalise"));
    }

    @Test
    void a_referral_without_a_finalised_suitable_assessment_offers_no_accept_and_accepting_it_is_refused_for_that_reason() {
        String referral = Referrals.underAssessment();
        Referrals.draftAssessment(referral, "SUITABLE");
        JsonPath read = coordinator().get("/api/referrals/" + referral).then().statusCode(200).extract().jsonPath();
        assertFalse(read.getList("allowedActions").contains("ACCEPT"));
        assertTrue(read.getList("allowedActions").contains("DECLINE"));
        Map<String, String> listed = refusal(read, "refusedActions", "ACCEPT");
        assertEquals("referral.accept.no-assessment", listed.get("reasonKey"));
        refusedAsListed(listed, coordinator().post("/api/referrals/" + referral + "/accept"));
        // not suitable: still refused, now for that reason
        String notSuitable = Referrals.underAssessment();
        Referrals.finalisedAssessment(notSuitable, "NOT_SUITABLE");
        JsonPath after = coordinator().get("/api/referrals/" + notSuitable).then().extract().jsonPath();
        refusedAsListed(refusal(after, "refusedActions", "ACCEPT"), coordinator().post("/api/referrals/" + notSuitable + "/accept"));
        // a suitable one: offered, nothing refused about it, and done
        String ready = Referrals.readyToAccept();
        JsonPath offered = coordinator().get("/api/referrals/" + ready).then().extract().jsonPath();
        assertTrue(offered.getList("allowedActions").contains("ACCEPT"));
        assertFalse(offered.getList("refusedActions.action").contains("ACCEPT"));
        coordinator().post("/api/referrals/" + ready + "/accept").then().statusCode(200);
    }

    @Test
    void a_safety_draft_without_a_risk_level_offers_no_finalise() {
        Cases.OpenedCase c = Cases.open("mediator1");
        Map<String, Object> findings = new HashMap<>(Map.of("participantId", c.offenderId(), "emotionalWellbeing", "Steady"));
        String id = coordinator().body(findings).post("/api/cases/" + c.id() + "/safety-assessments").then().statusCode(201).extract().path("id");
        String path = "/api/cases/" + c.id() + "/safety-assessments/" + id;
        JsonPath read = one(as("mediator1").get("/api/cases/" + c.id() + "/safety-assessments"), id);
        assertFalse(read.getList("allowedActions").contains("FINALISE"));
        Map<String, String> listed = refusal(read, "refusedActions", "FINALISE");
        refusedAsListed(listed, as("mediator1").header("If-Match", "\"0\"").post(path + "/finalise"));
    }

    @Test
    void a_case_offers_a_meeting_only_when_one_can_be_scheduled_and_lists_its_refused_stage_moves() {
        Cases.OpenedCase c = Cases.open("mediator1");
        JsonPath read = coordinator().header("Accept-Language", "fr").get("/api/cases/" + c.id()).then().statusCode(200).extract().jsonPath();
        assertFalse(read.getBoolean("mayScheduleMeeting"));
        Map<String, String> meeting = refusal(read, "refusedActions", "SCHEDULE_MEETING");
        assertEquals("meeting.face-to-face-not-chosen", meeting.get("reasonKey"));
        refusedAsListed(meeting, coordinator().header("Accept-Language", "fr").body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings"));
        assertFalse(read.getList("allowedActions").contains("REOPEN"));
        refusedAsListed(refusal(read, "refusedActions", "MOVE_TO_FOLLOW_UP"), coordinator().header("Accept-Language", "fr")
                .body(Map.of("stage", "FOLLOW_UP")).post("/api/cases/" + c.id() + "/stage"));

        Cases.readyToMeet(c);
        JsonPath ready = coordinator().get("/api/cases/" + c.id()).then().extract().jsonPath();
        assertTrue(ready.getBoolean("mayScheduleMeeting"));
        assertFalse(ready.getList("refusedActions.action").contains("SCHEDULE_MEETING"));
        coordinator().body(Cases.meeting(c)).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201);
        // a reader whose role cannot act is offered nothing and told of nothing
        JsonPath mediatorRead = as("mediator1").get("/api/cases/" + c.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(mediatorRead.getList("refusedActions.action"), ready.getList("refusedActions.action"));
    }

    @Test
    void a_new_message_offers_only_the_kinds_that_can_be_recorded_and_reach_the_recipient_and_the_others_are_refused() {
        Cases.OpenedCase c = Cases.inDialogue("mediator1");
        coordinator().body(Map.of("ways", List.of("LETTERS", "SHUTTLE"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        JsonPath options = as("mediator1").header("Accept-Language", "fr").get("/api/cases/" + c.id() + "/messages/options").then()
                .statusCode(200).extract().jsonPath();
        String toOffender = "pairs.find { it.authorId == '" + c.harmedPersonId() + "' && it.recipientId == '" + c.offenderId() + "' }";
        assertEquals(List.of("LETTER"), options.getList(toOffender + ".allowedKinds"));
        JsonPath pair = new JsonPath(options.prettify()).setRootPath(toOffender);
        Map<String, String> video = refusal(pair, "refusedKinds", "VIDEO_MESSAGE");
        assertEquals("message.kind-not-chosen", video.get("reasonKey"));
        Map<String, String> relayed = refusal(pair, "refusedKinds", "RELAYED_MESSAGE");
        assertEquals("message.deliver.no-consent", relayed.get("reasonKey"));
        refusedAsListed(video, record(c, "VIDEO_MESSAGE"));
        // recorded anyway, a relayed message never reaches them: delivering it is refused for the reason listed
        String id = record(c, "RELAYED_MESSAGE").then().statusCode(201).extract().path("id");
        String path = "/api/cases/" + c.id() + "/messages/" + id;
        coordinator().header("If-Match", "\"0\"").post(path + "/submit").then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").body(Map.of("textDecision", "AS_IS")).post(path + "/approve").then().statusCode(200);
        refusedAsListed(relayed, coordinator().header("Accept-Language", "fr").header("If-Match", "\"2\"").body(Map.of("method", "MAIL"))
                .post(path + "/deliver"));
        record(c, "LETTER").then().statusCode(201);
        // the harmed person agreed to nothing: nothing is offered to be written to them
        String toHarmed = "pairs.find { it.authorId == '" + c.offenderId() + "' && it.recipientId == '" + c.harmedPersonId() + "' }";
        assertEquals(List.of(), options.getList(toHarmed + ".allowedKinds"));
    }

    /** The item of this id in a list read. */
    private static JsonPath one(Response list, String id) {
        return new JsonPath(list.then().statusCode(200).extract().asString()).setRootPath("find { it.id == '" + id + "' }");
    }

    private static Response record(Cases.OpenedCase c, String kind) {
        return as("mediator1").header("Accept-Language", "fr").body(Map.of("kind", kind, "authorId", c.harmedPersonId(), "recipientId", c.offenderId(), "text", "Words"))
                .post("/api/cases/" + c.id() + "/messages");
    }
}
