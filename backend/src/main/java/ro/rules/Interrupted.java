package ro.rules;

/** What was being sent stopped before its end (an upload cut off): nothing of it is kept (400). */
public class Interrupted extends RuntimeException {

    private final String messageKey;

    public Interrupted(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
