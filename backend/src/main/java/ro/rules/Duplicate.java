package ro.rules;

/**
 * The request would make a second of something there may be only one of (409); when the caller may
 * know it, the id of the one that exists.
 */
public class Duplicate extends RuntimeException {

    private final String messageKey;
    private final String existingId;
    private final transient Object[] args;

    public Duplicate(String messageKey, String existingId, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.existingId = existingId;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public String existingId() {
        return existingId;
    }

    public Object[] args() {
        return args;
    }
}
