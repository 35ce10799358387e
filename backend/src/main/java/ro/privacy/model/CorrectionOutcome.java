package ro.privacy.model;

/** How a coordinator resolves a correction request. */
public enum CorrectionOutcome {
    /** The record was corrected as asked, through its own endpoint (audited there). */
    CORRECTED,
    /** The record keeps its value and is annotated as disputed with the person's statement. */
    ANNOTATED;

    /** The state a request resolved this way is in. */
    public CorrectionState state() {
        return this == CORRECTED ? CorrectionState.CORRECTED : CorrectionState.ANNOTATED;
    }
}
