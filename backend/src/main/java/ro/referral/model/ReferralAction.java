package ro.referral.model;

/** What a coordinator can do with a referral from its read (a match is the system's, not a caller's). */
public enum ReferralAction {
    START_ASSESSMENT, ACCEPT, DECLINE, WITHDRAW
}
