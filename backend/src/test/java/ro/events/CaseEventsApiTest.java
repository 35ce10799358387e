package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.coordinator;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.events.Outboxed.Row;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/** Every committed move of a case's stage, its safety hold, its messages and its meetings writes one event, never for an integration. */
@QuarkusTest
class CaseEventsApiTest {

    @Inject
    DataSource ds;

    private static String path(OpenedCase c) {
        return "/api/cases/" + c.id();
    }

    @Test
    void a_case_opened_moved_closed_and_reopened_has_one_event_per_stage_move() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("stage", "DIALOGUE")).post(path(c) + "/stage").then().statusCode(200);
        Cases.close(c);
        coordinator().body(Map.of("stage", "PREPARATION")).post(path(c) + "/stage").then().statusCode(200);
        String t = "CASE_STAGE_CHANGED:";
        assertThat(Outboxed.moves(ds, c.id())).containsExactly(t + "PREPARATION<-null", t + "DIALOGUE<-PREPARATION",
                t + "CLOSED<-DIALOGUE", t + "PREPARATION<-CLOSED");
        List<Row> rows = Outboxed.of(ds, c.id());
        assertThat(rows).extracting(Row::integration).containsOnlyNulls();
        assertThat(rows.get(2).data()).containsOnlyKeys("state", "previousState", "changedAt", "closedAt");
        assertThat(rows.get(3).data()).containsOnlyKeys("state", "previousState", "changedAt");
    }

    @Test
    void a_letter_recorded_screened_delivered_and_acknowledged_has_one_event_per_move_tied_to_its_case() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String returned = Cases.letter(c, "submit");
        coordinator().header("If-Match", "\"1\"").body(Map.of("text", "Please revise")).post(path(c) + "/messages/" + returned + "/return")
                .then().statusCode(200);
        coordinator().header("If-Match", "\"2\"").body(Map.of("text", "New words")).put(path(c) + "/messages/" + returned + "/text")
                .then().statusCode(200);
        String delivered = Cases.letter(c, "submit", "approve", "deliver");
        coordinator().header("If-Match", "\"3\"").body(Map.of("authorMayKnow", true)).post(path(c) + "/messages/" + delivered + "/acknowledge")
                .then().statusCode(200);
        String withheld = Cases.letter(c, "submit");
        coordinator().header("If-Match", "\"1\"").body(Map.of("text", "Unsafe")).post(path(c) + "/messages/" + withheld + "/withhold")
                .then().statusCode(200);
        String t = "MESSAGE_STATE_CHANGED:";
        assertThat(Outboxed.moves(ds, returned)).as("a revision moves no state").containsExactly(t + "DRAFT<-null", t + "IN_REVIEW<-DRAFT",
                t + "DRAFT<-IN_REVIEW");
        assertThat(Outboxed.moves(ds, delivered)).containsExactly(t + "DRAFT<-null", t + "IN_REVIEW<-DRAFT", t + "APPROVED<-IN_REVIEW",
                t + "DELIVERED<-APPROVED", t + "ACKNOWLEDGED<-DELIVERED");
        assertThat(Outboxed.moves(ds, withheld)).containsExactly(t + "DRAFT<-null", t + "IN_REVIEW<-DRAFT", t + "WITHHELD<-IN_REVIEW");
        assertThat(Outboxed.of(ds, delivered)).allSatisfy(r -> {
            assertThat(r.integration()).isNull();
            assertThat(r.data()).containsEntry("caseId", c.id());
        });
    }

    @Test
    void a_safety_hold_set_and_lifted_by_assessments_and_by_a_withdrawal_and_a_rejoin_is_one_event_each() {
        OpenedCase c = Cases.open("mediator1");
        long before = Outboxed.lastSeq(ds);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, null);
        assertThat(holds(c)).as("an assessment that leaves the hold as it was reports none").isEmpty();
        Cases.assessSafety(c.id(), c.harmedPersonId(), "HIGH", false, null);
        coordinator().post(path(c) + "/participants/" + c.harmedPersonId() + "/withdrawal").then().statusCode(200);
        coordinator().post(path(c) + "/participants/" + c.harmedPersonId() + "/rejoin").then().statusCode(200);
        Cases.assessSafety(c.id(), c.harmedPersonId(), "LOW", false, null);
        assertThat(holds(c)).containsExactly("SAFETY_HOLD_SET:ON_HOLD<-CLEAR", "SAFETY_HOLD_LIFTED:CLEAR<-ON_HOLD",
                "SAFETY_HOLD_SET:ON_HOLD<-CLEAR", "SAFETY_HOLD_LIFTED:CLEAR<-ON_HOLD");
        assertThat(Outboxed.after(ds, before)).filteredOn(r -> r.type().startsWith("SAFETY_HOLD")).allSatisfy(r -> {
            assertThat(r.integration()).isNull();
            assertThat(r.data()).containsOnlyKeys("state", "previousState", "changedAt", "caseId").containsEntry("caseId", c.id());
        });
    }

    private List<String> holds(OpenedCase c) {
        return Outboxed.moves(ds, c.id()).stream().filter(m -> m.startsWith("SAFETY_HOLD")).toList();
    }

    @Test
    void meetings_scheduled_then_held_or_cancelled_by_hand_or_by_a_withdrawal_have_one_event_per_move() {
        OpenedCase c = Cases.open("mediator1");
        Cases.readyToMeet(c);
        String held = meeting(c);
        coordinator().body(Map.of("outcome", "Held")).post(path(c) + "/meetings/" + held + "/outcome").then().statusCode(200);
        String cancelled = meeting(c);
        coordinator().body(Map.of("reason", "Illness")).post(path(c) + "/meetings/" + cancelled + "/cancellation").then().statusCode(200);
        String byWithdrawal = meeting(c);
        coordinator().post(path(c) + "/participants/" + c.offenderId() + "/withdrawal").then().statusCode(200);
        String t = "MEETING_STATE_CHANGED:";
        assertThat(Outboxed.moves(ds, held)).containsExactly(t + "SCHEDULED<-null", t + "HELD<-SCHEDULED");
        assertThat(Outboxed.moves(ds, cancelled)).containsExactly(t + "SCHEDULED<-null", t + "CANCELLED<-SCHEDULED");
        assertThat(Outboxed.moves(ds, byWithdrawal)).containsExactly(t + "SCHEDULED<-null", t + "CANCELLED<-SCHEDULED");
        assertThat(Outboxed.of(ds, held)).allSatisfy(r -> {
            assertThat(r.integration()).isNull();
            assertThat(r.data()).containsEntry("caseId", c.id()).doesNotContainKey("scheduledFor");
        });
    }

    private static String meeting(OpenedCase c) {
        return coordinator().body(Cases.meeting(c)).post(path(c) + "/meetings").then().statusCode(201).extract().path("id");
    }
}
