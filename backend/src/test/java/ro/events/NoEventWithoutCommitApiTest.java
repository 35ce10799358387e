package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.coordinator;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.DatabaseRoles;
import ro.testing.Referrals;

/** A refused change, and one whose transaction fails after the move, leave no event: the outbox commits with the change or not at all. */
@QuarkusTest
class NoEventWithoutCommitApiTest {

    @Inject
    DataSource ds;

    @Test
    void refused_moves_409_412_and_422_write_no_event() {
        String submitted = Referrals.submitted();
        coordinator().post("/api/referrals/" + submitted + "/accept").then().statusCode(409);
        assertThat(Outboxed.moves(ds, submitted)).containsExactly("REFERRAL_STATE_CHANGED:SUBMITTED<-null");

        OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c);
        String path = "/api/cases/" + c.id() + "/messages/" + letter;
        coordinator().header("If-Match", "\"7\"").post(path + "/submit").then().statusCode(412);
        coordinator().body(Map.of("text", "Call me on +1 613 555 0100")).header("If-Match", "\"0\"").put(path + "/text").then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").post(path + "/submit").then().statusCode(200);
        coordinator().header("If-Match", "\"2\"").body(Map.of("textDecision", "AS_IS")).post(path + "/approve").then().statusCode(422);
        assertThat(Outboxed.moves(ds, letter)).containsExactly("MESSAGE_STATE_CHANGED:DRAFT<-null", "MESSAGE_STATE_CHANGED:IN_REVIEW<-DRAFT");

        coordinator().body(Map.of("stage", "CLOSED")).post("/api/cases/" + c.id() + "/stage").then().statusCode(400);
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(409);
        assertThat(Outboxed.moves(ds, c.id())).containsExactly("CASE_STAGE_CHANGED:PREPARATION<-null",
                "CASE_STAGE_CHANGED:DIALOGUE<-PREPARATION");
    }

    @Test
    void a_move_whose_transaction_fails_after_it_leaves_no_event_and_no_move() throws Exception {
        String id = Referrals.submitted();
        long before = Outboxed.lastSeq(ds);
        try (Connection owner = DatabaseRoles.asOwner(); Statement s = owner.createStatement()) {
            s.execute("create or replace function events_test_fail_after_move() returns trigger language plpgsql as $$ begin"
                    + " if new.action = 'START_ASSESSMENT' and new.resource_id = '" + id + "' then"
                    + " raise exception 'the change fails after its move'; end if; return new; end $$");
            s.execute("create trigger events_test_fail_after_move before insert on audit_entry for each row"
                    + " execute function events_test_fail_after_move()");
            try {
                coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(500);
            } finally {
                s.execute("drop trigger events_test_fail_after_move on audit_entry");
                s.execute("drop function events_test_fail_after_move()");
            }
        }
        assertThat(Database.text(ds, "select state from referral where id = '" + id + "'")).isEqualTo("SUBMITTED");
        assertThat(Outboxed.moves(ds, id)).containsExactly("REFERRAL_STATE_CHANGED:SUBMITTED<-null");
        assertThat(Outboxed.after(ds, before)).noneMatch(r -> r.subject().equals(id));

        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(200);
        assertThat(Outboxed.moves(ds, id)).as("the same move, committed, has its event")
                .containsExactly("REFERRAL_STATE_CHANGED:SUBMITTED<-null", "REFERRAL_STATE_CHANGED:UNDER_ASSESSMENT<-SUBMITTED");
    }
}
