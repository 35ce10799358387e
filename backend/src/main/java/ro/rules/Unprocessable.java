package ro.rules;

import java.util.List;

/**
 * A request of the right form that the program will not carry out for a reason of its own (422),
 * one the API names with a problem type of its own.
 */
public class Unprocessable extends RuntimeException {

    /** Why, as the program names it. */
    public enum Reason {
        /** An offender cannot be referred by an integration as if they were the harmed person. */
        OFFENDER_SELF_REFERRAL,
        /** An idempotency key sent again with a different request. */
        IDEMPOTENCY_KEY_REUSED,
        /** The person named is not a staff member of the program. */
        NOT_A_STAFF_MEMBER
    }

    private final Reason reason;
    private final String messageKey;
    private final transient List<Breach> breaches;

    public Unprocessable(Reason reason, String messageKey, List<Breach> breaches) {
        super(messageKey, null, false, false);
        this.reason = reason;
        this.messageKey = messageKey;
        this.breaches = List.copyOf(breaches);
    }

    public Unprocessable(Reason reason, String messageKey) {
        this(reason, messageKey, List.of());
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
