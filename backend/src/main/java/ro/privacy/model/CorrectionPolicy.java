package ro.privacy.model;

import ro.rules.Decision;

/**
 * What may be done with a correction request: it concerns a field the record has (or the record as a
 * whole), and it is resolved once, from OPEN, as CORRECTED or ANNOTATED; a resolved request stays as it was.
 */
public final class CorrectionPolicy {

    private CorrectionPolicy() {
    }

    /** Whether a request may concern this field of this kind of record. */
    public static Decision mayConcern(RecordType type, String field) {
        return type.knows(field) ? Decision.allowed() : Decision.refused("correction.field.unknown", field, type.name());
    }

    /** Whether a request in this state may be resolved with this outcome. */
    public static Decision mayResolve(CorrectionState current, CorrectionOutcome outcome) {
        if (outcome == null) {
            return Decision.refused("correction.outcome.required");
        }
        if (current != CorrectionState.OPEN) {
            return Decision.refused("correction.already-resolved", current.name());
        }
        return Decision.allowed();
    }
}
