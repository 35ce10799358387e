package ro.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ro.referral.model.Channel;
import ro.referral.model.DeclineReason;
import ro.referral.model.FederalSentence;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;
import ro.referral.model.SuitabilityOutcome;
import ro.referral.model.VictimRegistration;

/**
 * What another feature may ask of the referrals that name one participant (an access request export): a
 * harmed person's own requests, and for an offender the referrals about them, each with its suitability
 * assessments, oldest first. The other party appears by id only. The asker decides who may see it.
 */
public interface ReferralsOf {

    List<Naming> referralsNaming(UUID participantId);

    /** A referral as recorded; {@code harmedPersonId} and {@code offenderId} say which side the participant is on. */
    record Naming(UUID id, ReferralSource source, ReferralState state, UUID harmedPersonId, UUID offenderId, Channel channel,
            VictimRegistration victimRegistration, FederalSentence federalSentence, String notes, String referringStaff, String reasons,
            String safetyConcerns, String noContactCondition, DeclineReason declineReason, String declineDetails, Instant createdAt,
            Instant decidedAt, List<Suitability> suitability) {
    }

    record Suitability(UUID id, SuitabilityOutcome outcome, String appropriateness, String motivation, String acceptanceOfResponsibility,
            String notes, Instant createdAt, Instant finalisedAt, UUID amendsId) {
    }
}
