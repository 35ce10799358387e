package ro.referral.model;

/** Eligibility: whether the harm came from an offence that led to a federal sentence. */
public enum FederalSentence {
    YES, NO, UNKNOWN;

    /** Not said: not yet known. */
    public static FederalSentence orUnknown(FederalSentence said) {
        return said == null ? UNKNOWN : said;
    }
}
