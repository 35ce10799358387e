package ro.casefile.model;

/** The stages of the restorative process. */
public enum CaseStage {
    PREPARATION, DIALOGUE, FOLLOW_UP, CLOSED
}
