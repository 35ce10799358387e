package ro.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import ro.rules.Refusal;

/** A case's stages, as stories of the program. */
class CaseFileStagesTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void a_case_opens_in_preparation_and_moves_through_dialogue_and_follow_up_to_closed_with_its_outcome() {
        CaseFile c = CaseFile.open("coordinator1", OPENED);
        assertThat(c.stage).isEqualTo(CaseStage.PREPARATION);
        c.moveTo(CaseStage.DIALOGUE, null, null, LATER);
        c.moveTo(CaseStage.FOLLOW_UP, null, null, LATER);
        c.moveTo(CaseStage.CLOSED, "  Apology accepted ", ClosureOutcome.DIALOGUE_COMPLETED, LATER);
        assertThat(c.stage).isEqualTo(CaseStage.CLOSED);
        assertThat(c.outcomeSummary).isEqualTo("Apology accepted");
        assertThat(c.closedAt).isEqualTo(LATER);
        assertThat(c.closureOutcome).isEqualTo(ClosureOutcome.DIALOGUE_COMPLETED);
    }

    @Test
    void a_case_cannot_skip_a_stage_nor_go_back_and_a_refused_move_changes_nothing() {
        CaseFile c = CaseFile.open("coordinator1", OPENED);
        assertThatThrownBy(() -> c.moveTo(CaseStage.FOLLOW_UP, null, null, LATER)).isInstanceOf(Refusal.class).hasMessage("case.stage.illegal");
        assertThat(c.stage).isEqualTo(CaseStage.PREPARATION);
        assertThat(c.updatedAt).isEqualTo(OPENED);
    }

    @Test
    void participation_is_voluntary_so_a_case_closes_early_but_only_with_an_outcome() {
        CaseFile c = CaseFile.open("coordinator1", OPENED);
        assertThatThrownBy(() -> c.moveTo(CaseStage.CLOSED, " ", ClosureOutcome.ENDED_BY_PARTICIPANT, LATER)).isInstanceOf(Refusal.class)
                .hasMessage("case.stage.close-needs-outcome");
        assertThatThrownBy(() -> c.moveTo(CaseStage.CLOSED, "Ended early", null, LATER)).isInstanceOf(Refusal.class)
                .hasMessage("case.stage.close-needs-closure-outcome");
        c.moveTo(CaseStage.CLOSED, "Ended early", ClosureOutcome.ENDED_BY_PARTICIPANT, LATER);
        assertThat(c.stage).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void a_closure_outcome_is_given_only_when_closing() {
        CaseFile c = CaseFile.open("coordinator1", OPENED);
        assertThatThrownBy(() -> c.moveTo(CaseStage.DIALOGUE, null, ClosureOutcome.ENDED_OTHER, LATER)).isInstanceOf(Refusal.class)
                .hasMessage("case.stage.closure-outcome-only-to-close");
        assertThat(c.stage).isEqualTo(CaseStage.PREPARATION);
    }

    @Test
    void a_closed_case_reopens_in_preparation_and_keeps_its_outcome_in_history() {
        CaseFile c = CaseFile.open("coordinator1", OPENED);
        c.moveTo(CaseStage.CLOSED, "Ended early", ClosureOutcome.ENDED_FOR_SAFETY, LATER);
        c.moveTo(CaseStage.PREPARATION, null, null, LATER);
        assertThat(c.stage).isEqualTo(CaseStage.PREPARATION);
        assertThat(c.closedAt).isNull();
        assertThat(c.outcomeSummary).isEqualTo("Ended early");
    }
}
