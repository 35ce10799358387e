package ro.rules;

/** A rule of the program refuses what was asked; the key names the rule's message, args fill it in. */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public Refusal(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
