package ro.referral.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What other features may ask of referrals and their suitability assessments: whether one exists, nothing of what it holds. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralRecords {

    @Inject
    ReferralRepository referrals;
    @Inject
    SuitabilityRepository assessments;

    public boolean referralExists(UUID id) {
        return referrals.findByIdOptional(id).isPresent();
    }

    public boolean suitabilityAssessmentExists(UUID id) {
        return assessments.findByIdOptional(id).isPresent();
    }
}
