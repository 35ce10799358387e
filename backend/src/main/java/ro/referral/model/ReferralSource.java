package ro.referral.model;

/** Who brought the referral: a harmed person through a coordinator, a staff member, or an integrated system for a staff member. */
public enum ReferralSource {
    HARMED_PERSON, STAFF, INTEGRATION;

    public boolean refersAnOffender() {
        return this != HARMED_PERSON;
    }
}
