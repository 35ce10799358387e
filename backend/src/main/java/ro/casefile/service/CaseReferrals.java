package ro.casefile.service;

import java.util.Optional;
import java.util.UUID;

/** What other features may ask of the referrals a case was opened from, without naming the case's tables. */
public interface CaseReferrals {

    /** The case a referral was taken into, if any. */
    Optional<UUID> caseOf(UUID referralId);
}
