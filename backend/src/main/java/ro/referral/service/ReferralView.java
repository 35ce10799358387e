package ro.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.rules.RefusedAction;
import ro.referral.model.Channel;
import ro.referral.model.DeclineReason;
import ro.referral.model.ReferralAction;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;
import ro.referral.model.FederalSentence;
import ro.referral.model.VictimRegistration;
import ro.security.StaffName;

@Schema(description = "A referral as coordinators see it")
public record ReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ReferralSource source,
        @Schema(required = true) ReferralState state,
        @Schema(nullable = true) PersonRef harmedPerson,
        @Schema(nullable = true) PersonRef offender,
        @Schema(maxLength = 12, nullable = true) String offenderNumber,
        @Schema(maxLength = 201, nullable = true, description = "The offender as the referrer named them (a harmed person who did not know the number; a staff member's spelling)") String offenderNamedAs,
        @Schema(nullable = true, description = "The region: the offender's institution's, or as the coordinator recorded it") UUID regionId,
        @Schema(nullable = true) Channel channel,
        @Schema(nullable = true) VictimRegistration victimRegistration,
        @Schema(required = true, description = "Eligibility: whether the harm came from an offence that led to a federal sentence") FederalSentence federalSentence,
        @Schema(maxLength = 4000, nullable = true) String notes,
        @Schema(maxLength = 100, nullable = true, description = "User name of the referring staff member") String referringStaff,
        @Schema(nullable = true, description = "The referring staff member, as people call them") StaffName referringStaffName,
        @Schema(maxLength = 100, nullable = true, description = "Who sent it in (a staff member, a coordinator, or an integrated system's client)") String submittedBy,
        @Schema(nullable = true, description = "Who sent it in, as people call them (an integrated system's client by its user name)") StaffName submittedByName,
        @Schema(nullable = true) Boolean staffSupportsParticipation,
        @Schema(nullable = true) Boolean offenderTakesResponsibility,
        @Schema(maxLength = 4000, nullable = true) String reasons,
        @Schema(maxLength = 4000, nullable = true) String safetyConcerns,
        @Schema(maxLength = 2000, nullable = true) String noContactCondition,
        @Schema(description = "True while a no-contact condition waits for a coordinator's review; no meeting until then") boolean noContactReviewPending,
        @Schema(nullable = true) Instant noContactReviewedAt,
        @Schema(maxLength = 100, nullable = true) String noContactReviewedBy,
        @Schema(nullable = true, description = "Who reviewed the no-contact condition, as people call them") StaffName noContactReviewedByName,
        @Schema(nullable = true) DeclineReason declineReason,
        @Schema(maxLength = 2000, nullable = true) String declineDetails,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(maxLength = 100, nullable = true) String decidedBy,
        @Schema(nullable = true, description = "Who decided it, as people call them") StaffName decidedByName,
        @Schema(maxItems = 1000, description = "The referrals of the other side matched with this one") List<UUID> matchedReferralIds,
        @Schema(nullable = true, description = "The open referral of the same offender this one repeats (a second referral by other staff or an integrated system): withdraw it, or act on the open one") UUID duplicateOf,
        @Schema(maxItems = 1000, description = "The referrals that repeat this open one") List<UUID> duplicateIds,
        @Schema(nullable = true, description = "The case opened from this referral, once there is one") UUID caseId,
        @Schema(maxLength = 100, nullable = true, description = "The mediator assigned to its assessment (user name), who reaches it while it is being assessed") String assessor,
        @Schema(nullable = true, description = "The assessor as people call them") StaffName assessorName,
        @Schema(nullable = true, description = "When the assessor was assigned") Instant assessorAssignedAt,
        @Schema(required = true, description = "Whether the caller may assign, change or remove the assessor now") boolean mayAssignAssessor,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, maxItems = 4, description = "What the caller may do with the referral now, as the server's rules decide") List<ReferralAction> allowedActions,
        @Schema(required = true, maxItems = 4, description = "What the caller's role may do with the referral but the server's rules refuse now, each with the reason they would give") List<RefusedAction> refusedActions) {
}
