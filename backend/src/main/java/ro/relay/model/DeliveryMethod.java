package ro.relay.model;

public enum DeliveryMethod {
    MAIL, IN_PERSON, PLAYED_AT_MEETING
}
