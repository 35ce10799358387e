package ro.relay.service;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.casefile.service.CaseTimeline;
import ro.relay.model.Message;
import ro.relay.model.MessageState;
import ro.rules.StateMoves;

/**
 * Where a message's move is told, in its transaction: to the program's events (state moves; nothing of a
 * message leaves the program) and to its case's timeline (what happened, by whom; never the text).
 */
@ApplicationScoped
class MessageMoves {

    @Inject
    StateMoves moves;
    @Inject
    CaseTimeline timeline;

    /** A message recorded (from is null) or moved from this state; {@code happened} names the timeline's entry, if any. */
    void report(Message m, MessageState from, Optional<String> happened, Instant at) {
        if (m.state != from) {
            moves.moved(StateMoves.Move.of(StateMoves.Kind.MESSAGE_STATE_CHANGED, m.id, m.state, from, m.updatedAt).inCase(m.caseId));
        }
        happened.map(CaseTimeline.MessageMove::valueOf).ifPresent(moved -> timeline.messageMoved(m.caseId, m.id, m.kind.name(), moved,
                m.authorId, m.recipientId, at));
    }
}
