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
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.Tokens;

/** Every committed state move of a referral writes one event, in its transaction; what an integration may receive is as it is shown. */
@QuarkusTest
class ReferralEventsApiTest {

    private static final String T = "REFERRAL_STATE_CHANGED:";

    @Inject
    DataSource ds;

    @Test
    void a_request_recorded_assessed_and_accepted_has_one_event_per_move_for_the_program_alone() {
        String id = Referrals.readyToAccept();
        coordinator().post("/api/referrals/" + id + "/accept").then().statusCode(200);
        assertThat(Outboxed.moves(ds, id)).containsExactly(T + "SUBMITTED<-null", T + "UNDER_ASSESSMENT<-SUBMITTED",
                T + "ACCEPTED<-UNDER_ASSESSMENT");
        List<Row> rows = Outboxed.of(ds, id);
        assertThat(rows).extracting(Row::integration).containsOnlyNulls();
        assertThat(rows.get(2).data()).containsOnlyKeys("state", "previousState", "changedAt", "submittedAt", "decidedAt");
        assertThat(rows.get(0).data()).containsOnlyKeys("state", "changedAt", "submittedAt");
        assertThat(rows.get(2).data().get("decidedAt")).isEqualTo(rows.get(2).data().get("changedAt"));
    }

    @Test
    void a_decline_and_a_withdrawal_are_each_one_event_and_a_change_that_moves_no_state_is_none() {
        String declined = Referrals.underAssessment();
        coordinator().body(Map.of("reason", "SAFETY", "details", "Risk to the family")).post("/api/referrals/" + declined + "/decline")
                .then().statusCode(200);
        assertThat(Outboxed.moves(ds, declined)).containsExactly(T + "SUBMITTED<-null", T + "UNDER_ASSESSMENT<-SUBMITTED",
                T + "DECLINED<-UNDER_ASSESSMENT");

        String withdrawn = Referrals.submitted();
        coordinator().header("If-Match", "\"0\"").body(Map.of("federalSentence", "YES"))
                .put("/api/referrals/" + withdrawn + "/eligibility").then().statusCode(200);
        coordinator().post("/api/referrals/" + withdrawn + "/withdraw").then().statusCode(200);
        assertThat(Outboxed.moves(ds, withdrawn)).containsExactly(T + "SUBMITTED<-null", T + "WITHDRAWN<-SUBMITTED");
    }

    @Test
    void an_integrations_referral_kept_on_file_is_sent_to_it_as_submitted_and_its_waking_goes_to_the_program_alone() {
        String number = Participants.offenderNumber();
        String id = Outboxed.referredBy(Tokens.integration(), number);
        List<Row> created = Outboxed.of(ds, id);
        assertThat(created).singleElement().satisfies(r -> {
            assertThat(r.integration()).isEqualTo(Outboxed.INTEGRATION);
            assertThat(r.data()).containsEntry("state", "SUBMITTED").doesNotContainKey("previousState");
        });
        assertThat(ro.testing.Database.text(ds, "select state from referral where id = '" + id + "'")).isEqualTo("DORMANT");

        String request = Referrals.harmedPersonAsks(number);
        coordinator().post("/api/referrals/" + id + "/start-assessment").then().statusCode(200);
        List<Row> rows = Outboxed.of(ds, id);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).data()).containsEntry("state", "SUBMITTED").containsEntry("previousState", "DORMANT");
        assertThat(rows.get(1).integration()).as("a move the integration cannot see is the program's alone").isNull();
        assertThat(rows.get(2).data()).containsEntry("state", "UNDER_ASSESSMENT").containsEntry("previousState", "SUBMITTED");
        assertThat(rows.get(2).integration()).isEqualTo(Outboxed.INTEGRATION);
        assertThat(Outboxed.moves(ds, request)).containsExactly(T + "SUBMITTED<-null");
        assertThat(Outboxed.of(ds, request)).extracting(Row::integration).containsOnlyNulls();
    }

    @Test
    void a_request_whose_number_is_confirmed_with_nobody_on_the_other_side_is_kept_on_file_in_one_event() {
        String id = Referrals.askedByName(Participants.unique("Named"));
        Referrals.confirmNumber(id, Participants.offenderNumber(), 200);
        assertThat(Outboxed.moves(ds, id)).containsExactly(T + "SUBMITTED<-null", T + "DORMANT<-SUBMITTED");
    }

    @Test
    void a_staff_members_referral_is_the_programs_alone() {
        String id = Referrals.referredByStaff1(Participants.offenderNumber());
        assertThat(Outboxed.of(ds, id)).singleElement().satisfies(r -> {
            assertThat(r.integration()).isNull();
            assertThat(r.data()).containsEntry("state", "DORMANT");
        });
    }
}
