package ro.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The port through which a feature reports a state move of one of its records, in the transaction of the
 * move (the events feature records it in its outbox): a referral's state, a case's stage, a message's
 * state, a case's safety hold set or lifted, a meeting's state. A move says ids, codes and instants only:
 * never a name, a contact, a text or a reason, for an event is a disclosure.
 */
public interface StateMoves {

    /** What moved (each one kind of event). */
    enum Kind {
        REFERRAL_STATE_CHANGED, CASE_STAGE_CHANGED, MESSAGE_STATE_CHANGED, SAFETY_HOLD_SET, SAFETY_HOLD_LIFTED, MEETING_STATE_CHANGED
    }

    /** Records the move in the caller's transaction (there must be one). */
    void moved(Move move);

    /**
     * One move: the record (its id), the state it moved to and from (null when it was just created), when,
     * the ids and dates that tie it to its parent or that its readers are shown (values: a UUID, an Instant or
     * a code), and the integration that may receive it (its service account's user name; null: the program's alone).
     */
    record Move(Kind kind, UUID subject, String state, String previousState, Instant at, Map<String, Object> facts, String integration) {

        public Move {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(state);
            Objects.requireNonNull(at);
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
            facts.values().forEach(v -> {
                if (!(v instanceof UUID || v instanceof Instant || v instanceof Enum<?>)) {
                    throw new IllegalArgumentException("a move carries ids, instants and codes only: " + v);
                }
            });
        }

        /** A move reported to the program alone. */
        public static Move of(Kind kind, UUID subject, Enum<?> state, Enum<?> previousState, Instant at) {
            return new Move(kind, subject, state.name(), previousState == null ? null : previousState.name(), at, Map.of(), null);
        }

        /** The same move, tied to its case. */
        public Move inCase(UUID caseId) {
            return with("caseId", caseId);
        }

        /** The same move with one more id, instant or code (left out when null). */
        public Move with(String key, Object value) {
            if (value == null) {
                return this;
            }
            Map<String, Object> more = new LinkedHashMap<>(facts);
            more.put(key, value);
            return new Move(kind, subject, state, previousState, at, more, integration);
        }

        /** The same move, which this integration may receive (null: the program's alone). */
        public Move toIntegration(String integrationUser) {
            return new Move(kind, subject, state, previousState, at, facts, integrationUser);
        }

        /** Whether the state changed at all (a move to the same state reports nothing). */
        public boolean changed() {
            return !state.equals(previousState);
        }
    }
}
