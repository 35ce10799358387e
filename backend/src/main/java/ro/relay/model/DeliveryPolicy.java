package ro.relay.model;

import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseStage;
import ro.rules.Decision;

/**
 * When an approved message may be delivered: the case is in DIALOGUE and not on safety hold, the
 * author and the recipient both take part, the message is not held, and the recipient has agreed to
 * this way of communicating.
 */
public final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    public static Decision mayDeliver(Message message, CaseSituation situation) {
        return message.mayMove(MessageAction.DELIVER).and(() -> deliverable(message, situation));
    }

    private static Decision deliverable(Message message, CaseSituation situation) {
        if (!situation.isActive(message.recipientId)) {
            return Decision.refused("message.deliver.recipient-withdrawn");
        }
        if (!situation.isActive(message.authorId)) {
            return Decision.refused("message.deliver.author-withdrawn");
        }
        if (message.held) {
            return Decision.refused("message.deliver.held");
        }
        if (situation.onSafetyHold()) {
            return Decision.refused("message.deliver.safety-hold");
        }
        if (situation.stage() != CaseStage.DIALOGUE) {
            return Decision.refused("message.deliver.not-dialogue", situation.stage().name());
        }
        return mayReach(situation, message.recipientId, message.kind);
    }

    /** The recipient has agreed to the way this kind of message takes. */
    public static Decision mayReach(CaseSituation situation, java.util.UUID recipientId, MessageKind kind) {
        return situation.consents(recipientId, kind.way()) ? Decision.allowed() : Decision.refused("message.deliver.no-consent");
    }
}
