package ro.rules;

import java.util.List;

/** What was sent breaks a rule of its form, naming each field at fault (400). */
public class Invalid extends RuntimeException {

    private final transient List<Breach> breaches;

    public Invalid(List<Breach> breaches) {
        super("invalid", null, false, false);
        this.breaches = List.copyOf(breaches);
    }

    /** One field at fault: its name, the rule's name and the message key (with its arguments). */
    public static Invalid field(String field, String rule, String messageKey, Object... args) {
        return new Invalid(List.of(new Breach(field, rule, messageKey, args)));
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
