package ro.casefile.model;

/** How a consent was given (or withdrawn): said to staff, written, or on the program's signed form. */
public enum ConsentForm {
    VERBAL, WRITTEN, SIGNED_FORM
}
