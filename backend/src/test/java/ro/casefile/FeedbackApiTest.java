package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;

/** Feedback after closure: voluntary, once per participant, only once the case is closed, only by the case's staff. */
@QuarkusTest
class FeedbackApiTest {

    static Map<String, Object> feedback(String participantId, String answer) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantId", participantId);
        body.put("feltSafe", answer);
        body.put("feltHeard", answer);
        body.put("needsMet", "NEUTRAL");
        body.put("wouldRecommend", "DECLINED");
        body.put("comments", "It helped to be heard.");
        return body;
    }

    @Test
    void feedback_is_recorded_once_the_case_is_closed_by_its_mediator_and_read_by_its_staff() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(feedback(c.harmedPersonId(), "AGREE")).post("/api/cases/" + c.id() + "/feedback").then().statusCode(409)
                .body("detail", containsString("PREPARATION"));
        Cases.close(c);

        as("mediator1").body(feedback(c.harmedPersonId(), "STRONGLY_AGREE")).post("/api/cases/" + c.id() + "/feedback").then()
                .statusCode(201).body("feltSafe", equalTo("STRONGLY_AGREE")).body("wouldRecommend", equalTo("DECLINED"))
                .body("recordedBy", equalTo("mediator1"));
        // every statement declined is an answer too
        Map<String, Object> declined = feedback(c.offenderId(), "DECLINED");
        declined.put("needsMet", "DECLINED");
        declined.remove("comments");
        coordinator().body(declined).post("/api/cases/" + c.id() + "/feedback").then().statusCode(201);

        List<Map<String, Object>> read = coordinator().get("/api/cases/" + c.id() + "/feedback").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(read).extracting(f -> f.get("participantId")).containsExactly(c.harmedPersonId(), c.offenderId());
        assertThat(read.get(0)).containsEntry("comments", "It helped to be heard.");
        assertThat(read.get(1).get("comments")).isNull();
    }

    @Test
    void a_second_feedback_an_outsider_and_an_answer_off_the_scale_are_refused_and_change_nothing() {
        OpenedCase c = Cases.open("mediator1");
        Cases.close(c);
        String path = "/api/cases/" + c.id() + "/feedback";
        coordinator().body(feedback(c.harmedPersonId(), "AGREE")).post(path).then().statusCode(201);
        coordinator().body(feedback(c.harmedPersonId(), "DISAGREE")).post(path).then().statusCode(409);
        String stranger = Participants.create(Participants.victim("Nadia", Participants.unique("Stranger")));
        coordinator().body(feedback(stranger, "AGREE")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("participantId"));
        coordinator().body(feedback(c.offenderId(), "VERY_MUCH")).post(path).then().statusCode(400);
        Map<String, Object> missing = feedback(c.offenderId(), "AGREE");
        missing.remove("feltHeard");
        coordinator().body(missing).post(path).then().statusCode(400).body("errors[0].field", containsString("feltHeard"));

        assertThat(coordinator().get(path).then().statusCode(200).extract().jsonPath().getList("feltSafe")).containsExactly("AGREE");
        // the mediator not on the case does not reach it
        as("mediator2").get(path).then().statusCode(404);
        as("mediator2").body(feedback(c.offenderId(), "AGREE")).post(path).then().statusCode(404);
    }
}
