package ro.casefile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/** A read of a case lists the stage moves its caller may make now; a listed one succeeds, one left out is refused. */
@QuarkusTest
class CaseActionsApiTest {

    @Test
    void a_case_in_preparation_lists_dialogue_and_closing_and_moving_to_dialogue_succeeds_while_follow_up_is_refused() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().get("/api/cases/" + c.id()).then().statusCode(200).body("allowedActions", contains("MOVE_TO_DIALOGUE", "CLOSE"));
        coordinator().body(Map.of("stage", "FOLLOW_UP")).post("/api/cases/" + c.id() + "/stage").then().statusCode(409);
        as("mediator1").get("/api/cases/" + c.id()).then().statusCode(200).body("allowedActions", contains("MOVE_TO_DIALOGUE", "CLOSE"));
        as("mediator1").body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200)
                .body("stage", equalTo("DIALOGUE")).body("allowedActions", contains("MOVE_TO_FOLLOW_UP", "CLOSE"));
    }

    @Test
    void a_closed_case_lists_only_reopening_which_succeeds() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("stage", "CLOSED", "outcomeSummary", "Ended early", "closureOutcome", "ENDED_BY_PARTICIPANT")).post("/api/cases/" + c.id() + "/stage")
                .then().statusCode(200).body("allowedActions", contains("REOPEN"));
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(409);
        coordinator().body(Map.of("stage", "PREPARATION")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200)
                .body("allowedActions", contains("MOVE_TO_DIALOGUE", "CLOSE"));
    }
}
