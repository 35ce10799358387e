package ro.relay.model;

/** What the reviewer decided for one part of a message (its text, its file): relayed as it is, or as a redacted version. */
public enum PartDecision {
    AS_IS, REDACTED
}
