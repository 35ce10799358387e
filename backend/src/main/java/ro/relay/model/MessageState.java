package ro.relay.model;

/** DRAFT → IN_REVIEW → APPROVED (possibly redacted) | back to DRAFT (returned) | WITHHELD → DELIVERED → ACKNOWLEDGED. */
public enum MessageState {
    DRAFT, IN_REVIEW, APPROVED, WITHHELD, DELIVERED, ACKNOWLEDGED;

    /** Not yet delivered nor withheld: what a withdrawal holds. */
    public boolean isPending() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
