package ro.relay.model;

import ro.casefile.model.Way;

/** The kinds of message, each carried by one way of communicating the recipient must have agreed to. */
public enum MessageKind {
    LETTER(Way.LETTERS), VIDEO_MESSAGE(Way.VIDEO_MESSAGES), RELAYED_MESSAGE(Way.SHUTTLE);

    private final Way way;

    MessageKind(Way way) {
        this.way = way;
    }

    public Way way() {
        return way;
    }
}
