package ro.referral.service;

import java.util.List;
import java.util.UUID;

/** What another feature may ask of referrals: the people a mediator reaches through the referrals they assess. */
public interface ReferralPeople {

    /** The harmed people and offenders of the referrals this mediator assesses now (see {@link ReferralAccess}). */
    List<UUID> peopleAssessedBy(String mediator);
}
