package ro.events;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ro.events.model.EventType;
import ro.rules.StateMoves;

/** The features' state moves, each recorded as an event of the outbox in the move's own transaction. */
@ApplicationScoped
public class OutboxStateMoves implements StateMoves {

    private final Outbox outbox;

    OutboxStateMoves(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Move move) {
        outbox.record(typeOf(move.kind()), move.subject(), data(move), move.integration());
    }

    static EventType typeOf(Kind kind) {
        return EventType.valueOf(kind.name());
    }

    /** The event's data: the new state, the one before (when there was one), when, then the move's ids and dates, as JSON strings. */
    static Map<String, Object> data(Move move) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", move.state());
        if (move.previousState() != null) {
            data.put("previousState", move.previousState());
        }
        data.put("changedAt", move.at().toString());
        move.facts().forEach((key, value) -> data.put(key, value instanceof Enum<?> e ? e.name() : value.toString()));
        return data;
    }
}
