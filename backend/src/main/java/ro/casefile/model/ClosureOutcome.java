package ro.casefile.model;

/** How a case ended, for the program's statistics: given when a case is closed. */
public enum ClosureOutcome {
    /** The process went through. */
    DIALOGUE_COMPLETED,
    /** A participant withdrew or chose to stop. */
    ENDED_BY_PARTICIPANT,
    /** Ended because it was not safe to go on. */
    ENDED_FOR_SAFETY,
    /** Ended for another reason. */
    ENDED_OTHER
}
