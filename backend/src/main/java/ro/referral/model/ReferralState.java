package ro.referral.model;

/**
 * Where a referral stands. DORMANT: on file, waiting for the other side (a harmed person asked about
 * an offender nobody has referred yet, or the reverse).
 */
public enum ReferralState {
    DORMANT, SUBMITTED, UNDER_ASSESSMENT, ACCEPTED, DECLINED, WITHDRAWN;

    /** Not yet decided nor withdrawn. */
    public boolean isOpen() {
        return this == DORMANT || this == SUBMITTED || this == UNDER_ASSESSMENT;
    }
}
