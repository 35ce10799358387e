package ro.referral.service;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** What other features may ask of referrals' conditions, without naming the referral's tables. */
public interface ReferralConditions {

    /** Those of these referrals whose no-contact condition still waits for a coordinator's review. */
    Set<UUID> noContactReviewPending(Collection<UUID> referralIds);
}
