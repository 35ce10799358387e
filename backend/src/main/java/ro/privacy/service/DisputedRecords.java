package ro.privacy.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.casefile.service.CaseRecords;
import ro.participant.ParticipantLookup;
import ro.privacy.model.RecordType;
import ro.referral.service.ReferralRecords;
import ro.relay.service.MessageRecords;

/** Whether a record that may be disputed exists, asked of the feature that keeps it (never its tables). */
@ApplicationScoped
public class DisputedRecords {

    @Inject
    ParticipantLookup participants;
    @Inject
    ReferralRecords referrals;
    @Inject
    CaseRecords cases;
    @Inject
    MessageRecords messages;

    public boolean exists(RecordType type, UUID id) {
        return switch (type) {
            case PARTICIPANT -> participants.find(id).isPresent();
            case REFERRAL -> referrals.referralExists(id);
            case SUITABILITY_ASSESSMENT -> referrals.suitabilityAssessmentExists(id);
            case SAFETY_ASSESSMENT -> cases.safetyAssessmentExists(id);
            case MESSAGE -> messages.messageExists(id);
            case CASE_NOTE -> cases.caseNoteExists(id);
        };
    }
}
