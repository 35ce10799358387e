package ro.referral.model;

public enum SuitabilityOutcome {
    SUITABLE, NOT_SUITABLE, MORE_INFORMATION_NEEDED
}
