package ro.rules;

/** Something the request needs outside the program (the staff directory) does not answer (503). */
public class Unavailable extends RuntimeException {

    private final String messageKey;

    public Unavailable(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
