package ro.relay.model;

import ro.casefile.model.CaseStage;
import ro.rules.Refusal;

/**
 * When an approved message may be delivered: the case is in DIALOGUE and not on safety hold, the
 * author and the recipient both take part, the message is not held, and the recipient has agreed to
 * this way of communicating.
 */
public final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    public static void check(MessageState state, boolean held, CaseStage stage, boolean onHold, boolean authorActive,
            boolean recipientActive, boolean recipientConsents) {
        if (state != MessageState.APPROVED) {
            throw new Refusal("message.move.illegal", "DELIVER", state.name());
        }
        if (!recipientActive) {
            throw new Refusal("message.deliver.recipient-withdrawn");
        }
        if (!authorActive) {
            throw new Refusal("message.deliver.author-withdrawn");
        }
        if (held) {
            throw new Refusal("message.deliver.held");
        }
        if (onHold) {
            throw new Refusal("message.deliver.safety-hold");
        }
        if (stage != CaseStage.DIALOGUE) {
            throw new Refusal("message.deliver.not-dialogue", stage.name());
        }
        if (!recipientConsents) {
            throw new Refusal("message.deliver.no-consent");
        }
    }
}
