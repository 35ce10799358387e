package ro.rules;

import java.util.List;

/**
 * What a policy decides: allowed, or refused with the reason's message key and its arguments. A
 * policy never throws; whoever acts on a refused decision turns it into the {@link Refusal} the API
 * answers with ({@link #orRefuse()}).
 */
public sealed interface Decision permits Decision.Allowed, Decision.Refused {

    record Allowed() implements Decision {
    }

    record Refused(String reasonKey, List<Object> args) implements Decision {
        public Refused {
            args = List.copyOf(args);
        }
    }

    Decision ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision refused(String reasonKey, Object... args) {
        return new Refused(reasonKey, List.of(args));
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** This decision, or the next one when this one allows: the first refusal wins. */
    default Decision and(java.util.function.Supplier<Decision> next) {
        return isAllowed() ? next.get() : this;
    }

    /** Nothing when allowed; the refusal, as the domain exception, when refused. */
    default void orRefuse() {
        if (this instanceof Refused r) {
            throw new Refusal(r.reasonKey(), r.args().toArray());
        }
    }
}
