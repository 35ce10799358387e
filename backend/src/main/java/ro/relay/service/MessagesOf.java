package ro.relay.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ro.relay.model.MessageKind;
import ro.relay.model.MessageState;

/**
 * What another feature may ask of the messages of one participant (an access request export): those they
 * authored, with the original and the version given to the other side, and those delivered to them, with
 * only the version they were given, never the original. Newest first, at most {@code limit} of each, with
 * how many there are. The other party appears by id only. The asker decides who may see it.
 */
public interface MessagesOf {

    Some<Authored> authoredBy(UUID participantId, int limit);

    Some<Received> deliveredTo(UUID participantId, int limit);

    /** At most the limit asked for, newest first, and how many there are in all. */
    record Some<T>(List<T> items, long total) {
        public boolean cut() {
            return total > items.size();
        }
    }

    /** A message they authored: the original, and what was approved for the other side (none before approval). */
    record Authored(UUID id, UUID caseId, MessageKind kind, MessageState state, UUID recipientId, Instant createdAt,
            Instant deliveredAt, String originalText, FileView originalFile, String relayedText, FileView relayedFile) {
    }

    /** A message delivered to them: only the version they were given. */
    record Received(UUID id, UUID caseId, MessageKind kind, UUID authorId, Instant deliveredAt, Instant acknowledgedAt, String text,
            FileView file) {
    }
}
