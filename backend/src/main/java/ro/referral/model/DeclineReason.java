package ro.referral.model;

/** The program's reasons for not going ahead, as it reports them. */
public enum DeclineReason {
    OTHER_PARTY_UNREACHABLE_OR_UNWILLING, MOTIVATION_NOT_APPROPRIATE, SAFETY, NOT_ELIGIBLE, OTHER
}
