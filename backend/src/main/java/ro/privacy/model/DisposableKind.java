package ro.privacy.model;

/** The records the retention schedule disposes of, as a whole: a case (with its referrals, messages, files) or a referral. */
public enum DisposableKind {
    CASE, REFERRAL
}
