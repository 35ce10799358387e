package ro.casefile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/**
 * Consent as a record: how it was given, and a withdrawal of consent respected at once, as a withdrawal
 * from the program is (pending messages of that kind held, face-to-face meetings cancelled).
 */
@QuarkusTest
class ConsentApiTest {

    static String consents(OpenedCase c, String participantId) {
        return "/api/cases/" + c.id() + "/participants/" + participantId + "/consents";
    }

    @Test
    void a_consent_says_how_it_was_given_and_the_timeline_keeps_it() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("ways", List.of("LETTERS"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        coordinator().body(Map.of("way", "LETTERS", "given", true)).post(consents(c, c.harmedPersonId())).then().statusCode(400)
                .body("errors.field", hasItem(containsString("how")));
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "BY_PIGEON")).post(consents(c, c.harmedPersonId())).then()
                .statusCode(400);
        as("mediator1").body(Map.of("way", "LETTERS", "given", true, "how", "SIGNED_FORM")).post(consents(c, c.harmedPersonId()))
                .then().statusCode(200).body("participants.find { it.side == 'HARMED' }.consents.LETTERS", equalTo(true));
        as("mediator1").get("/api/cases/" + c.id() + "/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'CONSENT' }.summary", hasItem(containsString("LETTERS (SIGNED_FORM)")));
    }

    @Test
    void withdrawing_consent_to_letters_holds_the_pending_letter_and_consenting_again_releases_it() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c, "submit");
        String path = "/api/cases/" + c.id() + "/messages/" + letter;
        coordinator().get(path).then().statusCode(200).body("held", equalTo(false));

        coordinator().body(Map.of("way", "LETTERS", "given", false, "how", "VERBAL")).post(consents(c, c.offenderId())).then().statusCode(200);
        coordinator().get(path).then().statusCode(200).body("held", equalTo(true));
        // another kind of message is not held by it
        String video = coordinator().body(Map.of("kind", "RELAYED_MESSAGE", "authorId", c.harmedPersonId(), "recipientId", c.offenderId(),
                "text", "Tell him I am ready")).post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        coordinator().get("/api/cases/" + c.id() + "/messages/" + video).then().body("held", equalTo(false));

        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "WRITTEN")).post(consents(c, c.offenderId())).then().statusCode(200);
        coordinator().get(path).then().statusCode(200).body("held", equalTo(false));
    }

    @Test
    void withdrawing_consent_to_face_to_face_cancels_the_participants_scheduled_meetings_at_once() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        Map<String, Object> meeting = new HashMap<>(Cases.meeting(c));
        meeting.put("scheduledFor", Instant.now().plus(20, ChronoUnit.DAYS).toString());
        String id = coordinator().body(meeting).post("/api/cases/" + c.id() + "/meetings").then().statusCode(201).extract().path("id");

        as("mediator1").body(Map.of("way", "FACE_TO_FACE", "given", false, "how", "VERBAL")).post(consents(c, c.harmedPersonId()))
                .then().statusCode(200);
        coordinator().get("/api/cases/" + c.id() + "/meetings").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.state", equalTo("CANCELLED"));
    }

    @Test
    void a_message_of_a_kind_not_among_the_chosen_ways_is_refused() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("ways", List.of("LETTERS"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        coordinator().body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.harmedPersonId(), "recipientId", c.offenderId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(409).body("detail", containsString("VIDEO_MESSAGES"));
        coordinator().get("/api/cases/" + c.id() + "/messages").then().statusCode(200).body("size()", equalTo(0));
    }
}
