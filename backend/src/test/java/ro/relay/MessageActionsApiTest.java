package ro.relay;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/** A read of a message lists what its reader may do now; a listed move succeeds, one left out is refused. */
@QuarkusTest
class MessageActionsApiTest {

    private static String path(OpenedCase c, String id) {
        return "/api/cases/" + c.id() + "/messages/" + id;
    }

    @Test
    void a_draft_lists_revising_and_submitting_and_submitting_succeeds_while_the_unlisted_approval_is_refused() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = Cases.letter(c);
        as("mediator1").get(path(c, id)).then().statusCode(200).body("allowedActions", contains("REVISE", "SUBMIT"));
        as("mediator1").header("If-Match", "\"0\"").body(Map.of("textDecision", "AS_IS")).post(path(c, id) + "/approve")
                .then().statusCode(409);
        as("mediator1").header("If-Match", "\"0\"").post(path(c, id) + "/submit").then().statusCode(200)
                .body("allowedActions", contains("APPROVE", "RETURN", "WITHHOLD"));
    }

    @Test
    void an_approved_letter_lists_delivery_in_dialogue_and_delivering_it_succeeds() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = Cases.letter(c, "submit", "approve");
        coordinator().get("/api/cases/" + c.id() + "/messages").then().statusCode(200).body("allowedActions", hasItem(contains("DELIVER")));
        coordinator().header("If-Match", "\"2\"").body(Map.of("method", "MAIL")).post(path(c, id) + "/deliver").then().statusCode(200)
                .body("state", equalTo("DELIVERED")).body("allowedActions", contains("ACKNOWLEDGE"));
    }

    @Test
    void an_approved_letter_is_not_listed_for_delivery_outside_dialogue_and_delivering_it_is_refused() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = Cases.letter(c, "submit", "approve");
        coordinator().body(Map.of("stage", "FOLLOW_UP")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        coordinator().get(path(c, id)).then().statusCode(200).body("allowedActions", empty());
        coordinator().header("If-Match", "\"2\"").body(Map.of("method", "MAIL")).post(path(c, id) + "/deliver").then().statusCode(409);
    }
}
