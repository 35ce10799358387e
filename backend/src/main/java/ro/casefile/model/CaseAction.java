package ro.casefile.model;

/** The stage moves a read of a case can offer, each with the stage it leads to. */
public enum CaseAction {
    MOVE_TO_DIALOGUE(CaseStage.DIALOGUE), MOVE_TO_FOLLOW_UP(CaseStage.FOLLOW_UP), CLOSE(CaseStage.CLOSED), REOPEN(CaseStage.PREPARATION);

    private final CaseStage target;

    CaseAction(CaseStage target) {
        this.target = target;
    }

    public CaseStage target() {
        return target;
    }
}
