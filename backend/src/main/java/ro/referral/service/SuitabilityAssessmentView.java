package ro.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.rules.RefusedAction;
import ro.assessment.AssessmentAction;
import ro.referral.model.SuitabilityOutcome;
import ro.security.StaffName;

@Schema(description = "A suitability assessment of a referral")
public record SuitabilityAssessmentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID referralId,
        @Schema(nullable = true, description = "The finalised assessment this one corrects") UUID amends,
        @Schema(nullable = true, description = "The assessment that corrects this one") UUID amendedBy,
        @Schema(maxLength = 4000, nullable = true) String appropriateness,
        @Schema(maxLength = 4000, nullable = true) String motivation,
        @Schema(maxLength = 4000, nullable = true) String acceptanceOfResponsibility,
        @Schema(maxLength = 4000, nullable = true) String notes,
        @Schema(nullable = true) SuitabilityOutcome outcome,
        @Schema(required = true) boolean finalised,
        @Schema(nullable = true) Instant finalisedAt,
        @Schema(maxLength = 100, nullable = true) String finalisedBy,
        @Schema(nullable = true, description = "Who finalised it, as people call them") StaffName finalisedByName,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, maxLength = 100) String createdBy,
        @Schema(required = true, description = "Who wrote it, as people call them") StaffName createdByName,
        @Schema(required = true, maxItems = 3, description = "What the caller may do with the assessment now, as the server's rules decide") List<AssessmentAction> allowedActions,
        @Schema(required = true, maxItems = 4, description = "What the caller's role may do with the assessment but the server's rules refuse now, each with the reason they would give") List<RefusedAction> refusedActions) {
}
