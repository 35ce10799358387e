package ro.relay.model;

import java.util.UUID;

import ro.casefile.model.CaseSituation;
import ro.rules.Decision;

/**
 * When a message of a kind may be recorded from its author for its recipient (both participants of the
 * case, on opposite sides): neither is a support person, the author takes part, and the kind's way is
 * one the case chose. A new message is offered only in a kind that can also reach its recipient (they
 * agreed to that way: {@link DeliveryPolicy#mayReach}); one recorded before they agree waits for it.
 */
public final class RecordingPolicy {

    private RecordingPolicy() {
    }

    /** A support person never writes nor receives a message. */
    public static Decision mayExchange(CaseSituation situation, UUID authorId, UUID recipientId) {
        if (situation.isSupportPerson(recipientId)) {
            return Decision.refused("message.recipient.support-person");
        }
        return situation.isSupportPerson(authorId) ? Decision.refused("message.author.support-person") : Decision.allowed();
    }

    public static Decision mayRecord(CaseSituation situation, UUID authorId, UUID recipientId, MessageKind kind) {
        return mayExchange(situation, authorId, recipientId).and(() -> {
            if (!situation.isActive(authorId)) {
                return Decision.refused("message.author-withdrawn");
            }
            return situation.waysInclude(kind.way()) ? Decision.allowed() : Decision.refused("message.kind-not-chosen", kind.way());
        });
    }

    /** What a new message may be offered as: recordable now, and able to reach its recipient once approved. */
    public static Decision mayOffer(CaseSituation situation, UUID authorId, UUID recipientId, MessageKind kind) {
        return mayRecord(situation, authorId, recipientId, kind).and(() -> DeliveryPolicy.mayReach(situation, recipientId, kind));
    }
}
