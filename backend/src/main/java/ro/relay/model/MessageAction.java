package ro.relay.model;

/** The moves of a message a read can offer, each with the state it starts from. */
public enum MessageAction {
    REVISE(MessageState.DRAFT), SUBMIT(MessageState.DRAFT), APPROVE(MessageState.IN_REVIEW), RETURN(MessageState.IN_REVIEW),
    WITHHOLD(MessageState.IN_REVIEW), DELIVER(MessageState.APPROVED), ACKNOWLEDGE(MessageState.DELIVERED);

    private final MessageState from;

    MessageAction(MessageState from) {
        this.from = from;
    }

    public MessageState from() {
        return from;
    }
}
