package ro.reference.service;

/** What reference rows share: the form of a code, the audit record types. */
final class ReferenceNames {

    static final String CODE = "^[A-Z0-9_-]{2,20}$";
    static final String REGION = "REGION";
    static final String INSTITUTION = "INSTITUTION";

    private ReferenceNames() {
    }
}
