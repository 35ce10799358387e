package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;

/**
 * People who join a case after it opened: a support person, or a family member who comes forward later.
 * A coordinator adds them; from then on they take part like everyone else, and a support person may attend
 * meetings but never writes or receives a message.
 */
@QuarkusTest
class LateJoinersApiTest {

    static Map<String, Object> person(String kind, String lastName) {
        Map<String, Object> body = Participants.victim("Lucie", lastName);
        body.put("kind", kind);
        return body;
    }

    static Map<String, Object> joining(Map<String, Object> newParticipant, String side, String supports) {
        Map<String, Object> body = new HashMap<>();
        body.put("newParticipant", newParticipant);
        body.put("side", side);
        if (supports != null) {
            body.put("supports", supports);
        }
        return body;
    }

    static ValidatableResponse add(OpenedCase c, Map<String, Object> body) {
        return coordinator().body(body).post("/api/cases/" + c.id() + "/participants").then();
    }

    /** Adds a new person of this kind; returns their participant id. */
    static String added(OpenedCase c, String kind, String side, String supports) {
        String lastName = Participants.unique("Joiner");
        return add(c, joining(person(kind, lastName), side, supports)).statusCode(201).extract().jsonPath()
                .getString("participants.find { it.lastName == '" + lastName + "' }.participantId");
    }

    static List<String> trailOf(String caseId) {
        List<Map<String, String>> items = as("auditor1").queryParam("resourceType", "CASE").queryParam("resourceId", caseId)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(e -> e.get("action") + " " + e.get("details")).toList();
    }

    @Test
    void a_coordinator_adds_a_family_member_who_came_forward_and_a_support_person_shown_with_when_and_whom() {
        OpenedCase c = Cases.open("mediator1");
        String sister = added(c, "FAMILY_MEMBER", "HARMED", null);
        String lastName = Participants.unique("Support");
        JsonPath view = add(c, joining(person("SUPPORT_PERSON", lastName), "HARMED", c.harmedPersonId())).statusCode(201)
                .body("participants", hasSize(4)).extract().jsonPath();
        String support = view.getString("participants.find { it.lastName == '" + lastName + "' }.participantId");

        String of = "participants.find { it.participantId == '%s' }.";
        assertThat(view.getString(of.formatted(support) + "kind")).isEqualTo("SUPPORT_PERSON");
        assertThat(view.getString(of.formatted(support) + "side")).isEqualTo("HARMED");
        assertThat(view.getString(of.formatted(support) + "supports")).isEqualTo(c.harmedPersonId());
        assertThat(view.getBoolean(of.formatted(support) + "joinedLater")).isTrue();
        assertThat(view.getString(of.formatted(sister) + "kind")).isEqualTo("FAMILY_MEMBER");
        assertThat(view.getString(of.formatted(sister) + "supports")).isNull();
        assertThat(view.getString(of.formatted(sister) + "status")).isEqualTo("ACTIVE");
        assertThat(view.getBoolean(of.formatted(c.harmedPersonId()) + "joinedLater")).isFalse();
        assertThat(view.getString(of.formatted(c.harmedPersonId()) + "joinedAt")).isEqualTo(view.getString("openedAt"));
        assertThat(view.getString(of.formatted(support) + "joinedAt")).isNotNull().isNotEqualTo(view.getString("openedAt"));

        as("mediator1").get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'JOINED' }.summary", hasItem(containsString("joined the case as a family member")))
                .body("items.findAll { it.kind == 'JOINED' }.summary", hasItem(containsString("joined the case as the support person of")));
        as("mediator1").header("Accept-Language", "fr").get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'JOINED' }.summary", hasItem(containsString("comme personne de soutien de")));

        List<String> trail = trailOf(c.id()).stream().filter(e -> e.startsWith("ADD_PARTICIPANT")).toList();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).isEqualTo("ADD_PARTICIPANT participant=" + support + ",kind=SUPPORT_PERSON,side=HARMED,supports="
                + c.harmedPersonId() + ",newParticipant=recorded,fields=participants");
        assertThat(trail.get(1)).startsWith("ADD_PARTICIPANT participant=" + sister + ",kind=FAMILY_MEMBER,side=HARMED,");
        assertThat(trailOf(c.id()).toString()).doesNotContain("Lucie", lastName);
    }

    @Test
    void an_existing_participant_joins_and_every_refused_request_changes_nothing() {
        OpenedCase c = Cases.open("mediator1");
        String offender = Participants.create(Participants.offender(Participants.unique("Off"), Participants.offenderNumber()));
        String family = Participants.create(person("FAMILY_MEMBER", Participants.unique("Fam")));
        List<ValidatableResponse> refused = new ArrayList<>();
        refused.add(add(c, Map.of("participantId", offender, "side", "OFFENDER")).statusCode(409)
                .body("type", equalTo("/problems/case-join-offender")).body("detail", containsString("staff member")));
        refused.add(add(c, Map.of("participantId", family, "side", "OFFENDER")).statusCode(409)
                .body("type", equalTo("/problems/case-join-harmed-side-only")));
        refused.add(add(c, Map.of("participantId", c.harmedPersonId(), "side", "HARMED")).statusCode(409)
                .body("detail", containsString("already a participant")));
        refused.add(add(c, Map.of("participantId", java.util.UUID.randomUUID().toString(), "side", "HARMED")).statusCode(400)
                .body("errors.field", hasItem("participantId")).body("errors.rule", hasItem("Exists")));
        refused.add(add(c, Map.of("side", "HARMED")).statusCode(400).body("errors.field", hasItem("participantId")));
        refused.add(add(c, Map.of("participantId", family)).statusCode(400).body("errors.field", hasItem(containsString("side"))));
        refused.add(add(c, joining(person("SUPPORT_PERSON", "Nobody"), "HARMED", null)).statusCode(400)
                .body("errors.field", hasItem("supports")).body("errors.rule", hasItem("NotNull")));
        refused.add(add(c, joining(person("SUPPORT_PERSON", "Nobody"), "HARMED", c.offenderId())).statusCode(409)
                .body("type", equalTo("/problems/case-join-supports-other-side")));
        refused.add(add(c, joining(person("FAMILY_MEMBER", "Nobody"), "HARMED", c.harmedPersonId())).statusCode(400)
                .body("errors.rule", hasItem("SupportPersonOnly")));
        assertThat(refused).hasSize(9);
        coordinator().get("/api/cases/" + c.id()).then().statusCode(200).body("participants", hasSize(2));

        add(c, Map.of("participantId", family, "side", "HARMED")).statusCode(201).body("participants", hasSize(3));
        add(c, Map.of("participantId", family, "side", "HARMED")).statusCode(409);
    }

    @Test
    void nobody_joins_a_closed_case_and_the_refusal_says_so_in_french() {
        OpenedCase c = Cases.open("mediator1");
        Cases.close(c);
        coordinator().header("Accept-Language", "fr").body(joining(person("FAMILY_MEMBER", "Closed"), "HARMED", null))
                .post("/api/cases/" + c.id() + "/participants").then().statusCode(409)
                .body("type", equalTo("/problems/case-join-case-closed")).body("detail", containsString("dossier fermé"));
    }

    @Test
    void only_a_coordinator_adds_a_person_and_a_late_joiner_is_reached_by_the_case_s_mediators_only() {
        OpenedCase c = Cases.open("mediator1");
        Map<String, Object> body = joining(person("FAMILY_MEMBER", "Mediated"), "HARMED", null);
        as("mediator1").body(body).post("/api/cases/" + c.id() + "/participants").then().statusCode(403);
        as("mediator2").body(body).post("/api/cases/" + c.id() + "/participants").then().statusCode(403);
        coordinator().get("/api/cases/" + c.id()).then().body("participants", hasSize(2));

        String sister = added(c, "FAMILY_MEMBER", "HARMED", null);
        as("mediator1").get("/api/participants/" + sister).then().statusCode(200).body("contact.phone", notNullValue());
        as("mediator2").get("/api/participants/" + sister).then().statusCode(404);
        as("mediator2").get("/api/cases/" + c.id()).then().statusCode(404);
    }

    @Test
    void a_late_joiner_consents_is_assessed_holds_the_case_withdraws_and_rejoins_like_everyone_else() {
        OpenedCase c = Cases.open("mediator1");
        String sister = added(c, "FAMILY_MEMBER", "HARMED", null);
        String path = "/api/cases/" + c.id() + "/participants/" + sister;
        as("mediator1").body(Map.of("way", "LETTERS", "given", true, "how", "SIGNED_FORM")).post(path + "/consents").then().statusCode(200)
                .body("participants.find { it.participantId == '" + sister + "' }.consents.LETTERS", equalTo(true));

        Cases.assessSafety(c.id(), sister, "HIGH", false, null);
        coordinator().get("/api/cases/" + c.id()).then().body("onSafetyHold", equalTo(true))
                .body("holdReasons.participantId", hasItem(sister));

        as("mediator1").post(path + "/withdrawal").then().statusCode(200).body("onSafetyHold", equalTo(false))
                .body("participants.find { it.participantId == '" + sister + "' }.status", equalTo("WITHDRAWN"));
        as("mediator1").post(path + "/rejoin").then().statusCode(200).body("onSafetyHold", equalTo(true))
                .body("participants.find { it.participantId == '" + sister + "' }.status", equalTo("ACTIVE"));
    }

    @Test
    void a_support_person_attends_a_meeting_as_a_support_person_but_not_once_withdrawn() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        String support = added(c, "SUPPORT_PERSON", "HARMED", c.harmedPersonId());
        String path = "/api/cases/" + c.id() + "/participants/" + support;
        coordinator().body(Map.of("way", "FACE_TO_FACE", "given", true, "how", "VERBAL")).post(path + "/consents").then().statusCode(200);
        Map<String, Object> meeting = new HashMap<>(Cases.meeting(c));
        meeting.put("participantIds", List.of(c.harmedPersonId(), c.offenderId(), support));

        String id = coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201)
                .body("attendees.find { it.participantId == '" + support + "' }.role", equalTo("SUPPORT_PERSON"))
                .body("attendees.find { it.participantId == '" + c.harmedPersonId() + "' }.role", equalTo("PARTICIPANT"))
                .extract().path("id");

        coordinator().post(path + "/withdrawal").then().statusCode(200);
        coordinator().get("/api/cases/" + c.id() + "/meetings").then().body("find { it.id == '" + id + "' }.state", equalTo("CANCELLED"));
        coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(409)
                .body("type", equalTo("/problems/meeting-participant-withdrawn"));
    }

    @Test
    void a_support_person_never_receives_nor_writes_a_message() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String harmedSupport = added(c, "SUPPORT_PERSON", "HARMED", c.harmedPersonId());
        String offenderSupport = added(c, "SUPPORT_PERSON", "OFFENDER", c.offenderId());
        String messages = "/api/cases/" + c.id() + "/messages";

        as("mediator1").body(Map.of("kind", "LETTER", "authorId", c.offenderId(), "recipientId", harmedSupport, "text", "Words"))
                .post(messages).then().statusCode(409).body("type", equalTo("/problems/message-recipient-support-person"));
        as("mediator1").header("Accept-Language", "fr")
                .body(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", offenderSupport, "text", "Words"))
                .post(messages).then().statusCode(409).body("detail", containsString("ne reçoit jamais de messages"));
        as("mediator1").body(Map.of("kind", "LETTER", "authorId", harmedSupport, "recipientId", c.offenderId(), "text", "Words"))
                .post(messages).then().statusCode(409).body("type", equalTo("/problems/message-author-support-person"));
        coordinator().get(messages).then().statusCode(200).body("$", hasSize(0));
    }
}
