package ro.events.model;

/** Where one delivery of an event to an endpoint stands. */
public enum DeliveryState {
    /** Due at its next attempt (or claimed by a replica until its lease ends). */
    PENDING,
    /** A 2xx was received. */
    DELIVERED,
    /** Parked after the configured attempts, with the last error; admin may replay it. */
    FAILED
}
