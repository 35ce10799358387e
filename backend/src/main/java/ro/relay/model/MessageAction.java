package ro.relay.model;

/** The moves of a message a read can offer, each with the state it starts from. */
public enum MessageAction {
    REVISE(MessageState.DRAFT, null), SUBMIT(MessageState.DRAFT, "SUBMITTED"), APPROVE(MessageState.IN_REVIEW, "APPROVED"),
    RETURN(MessageState.IN_REVIEW, "RETURNED"), WITHHOLD(MessageState.IN_REVIEW, "WITHHELD"), DELIVER(MessageState.APPROVED, "DELIVERED"),
    ACKNOWLEDGE(MessageState.DELIVERED, "ACKNOWLEDGED");

    private final MessageState from;
    private final String happened;

    MessageAction(MessageState from, String happened) {
        this.from = from;
        this.happened = happened;
    }

    /** What the case's timeline says happened to the message (nothing for a revision of a draft). */
    public java.util.Optional<String> happened() {
        return java.util.Optional.ofNullable(happened);
    }

    public MessageState from() {
        return from;
    }
}
