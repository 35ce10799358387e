package ro.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.casefile.model.CaseAction.CLOSE;
import static ro.casefile.model.CaseAction.MOVE_TO_DIALOGUE;
import static ro.casefile.model.CaseAction.MOVE_TO_FOLLOW_UP;
import static ro.casefile.model.CaseAction.REOPEN;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import ro.rules.AllowedActions;
import ro.rules.Refusal;

/** What a read of a case offers, as the stage policy that enforces the moves decides. */
class CaseActionsTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    private static List<CaseAction> offered(CaseStage stage) {
        return AllowedActions.of(CaseAction.class, a -> true, a -> CaseStagePolicy.mayDo(a, stage));
    }

    @Test
    void each_stage_offers_its_next_stage_and_closing_and_a_closed_case_offers_only_reopening() {
        assertThat(offered(CaseStage.PREPARATION)).containsExactly(MOVE_TO_DIALOGUE, CLOSE);
        assertThat(offered(CaseStage.DIALOGUE)).containsExactly(MOVE_TO_FOLLOW_UP, CLOSE);
        assertThat(offered(CaseStage.FOLLOW_UP)).containsExactly(CLOSE);
        assertThat(offered(CaseStage.CLOSED)).containsExactly(REOPEN);
    }

    @Test
    void an_offered_move_succeeds_with_its_outcome_and_one_not_offered_is_refused() {
        for (CaseStage stage : CaseStage.values()) {
            for (CaseAction action : CaseAction.values()) {
                CaseFile c = CaseFile.open("coordinator1", AT);
                c.stage = stage;
                if (offered(stage).contains(action)) {
                    c.moveTo(action.target(), "Apology accepted", outcomeOf(action), AT);
                    assertThat(c.stage).isEqualTo(action.target());
                } else {
                    assertThatThrownBy(() -> c.moveTo(action.target(), "Apology accepted", outcomeOf(action), AT)).isInstanceOf(Refusal.class)
                            .hasMessage("case.stage.illegal");
                }
            }
        }
    }

    private static ClosureOutcome outcomeOf(CaseAction action) {
        return action.target() == CaseStage.CLOSED ? ClosureOutcome.DIALOGUE_COMPLETED : null;
    }
}
