package ro.casefile.model;

import ro.rules.Decision;

/**
 * The legal stage moves: PREPARATION → DIALOGUE → FOLLOW_UP → CLOSED; a case can be closed from any
 * open stage (participation is voluntary and may end early), closing needs an outcome summary and a
 * closure outcome (given on no other move), and a
 * closed case can be reopened, back to PREPARATION.
 */
public final class CaseStagePolicy {

    private CaseStagePolicy() {
    }

    public static Decision mayMove(CaseStage from, CaseStage to, String outcomeSummary, ClosureOutcome closureOutcome) {
        return mayMoveTo(from, to).and(() -> to == CaseStage.CLOSED && (outcomeSummary == null || outcomeSummary.isBlank())
                ? Decision.refused("case.stage.close-needs-outcome") : Decision.allowed())
                .and(() -> (to == CaseStage.CLOSED) != (closureOutcome != null)
                        ? Decision.refused(to == CaseStage.CLOSED ? "case.stage.close-needs-closure-outcome" : "case.stage.closure-outcome-only-to-close")
                        : Decision.allowed());
    }

    /** Whether the action's move is legal from here (closing's outcome summary comes with the call). */
    public static Decision mayDo(CaseAction action, CaseStage from) {
        return mayMoveTo(from, action.target());
    }

    private static Decision mayMoveTo(CaseStage from, CaseStage to) {
        boolean legal = switch (to) {
            case DIALOGUE -> from == CaseStage.PREPARATION;
            case FOLLOW_UP -> from == CaseStage.DIALOGUE;
            case CLOSED -> from != CaseStage.CLOSED;
            case PREPARATION -> from == CaseStage.CLOSED;
        };
        return legal ? Decision.allowed() : Decision.refused("case.stage.illegal", from.name(), to.name());
    }
}
