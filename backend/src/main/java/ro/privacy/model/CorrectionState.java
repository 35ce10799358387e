package ro.privacy.model;

/**
 * Where a correction request stands: OPEN until a coordinator resolves it, then CORRECTED (the record was
 * corrected through its own endpoint) or ANNOTATED (the record keeps its value and carries the person's
 * statement of disagreement: disputed).
 */
public enum CorrectionState {
    OPEN, CORRECTED, ANNOTATED
}
