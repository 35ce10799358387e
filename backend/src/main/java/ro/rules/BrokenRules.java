package ro.rules;

import java.util.List;

/**
 * A request understood but refused by rules of the program that name the fields at fault (422):
 * the key names the rule's message, each breach a field.
 */
public class BrokenRules extends RuntimeException {

    private final String messageKey;
    private final transient List<Breach> breaches;

    public BrokenRules(String messageKey, List<Breach> breaches) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.breaches = List.copyOf(breaches);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
