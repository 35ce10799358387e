package ro.referral.model;

/** Harmed people may be registered victims, their representatives, or not registered at all. */
public enum VictimRegistration {
    REGISTERED_VICTIM, REPRESENTATIVE, NOT_REGISTERED
}
