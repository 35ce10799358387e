package ro.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.security.StaffName;
import ro.rules.RefusedAction;
import ro.assessment.AssessmentAction;
import ro.casefile.model.RiskLevel;

@Schema(description = "A safety assessment of a participant in a case")
public record SafetyAssessmentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID caseId,
        @Schema(required = true) UUID participantId,
        @Schema(nullable = true) UUID amends,
        @Schema(nullable = true) RiskLevel riskLevel,
        @Schema(maxLength = 4000, nullable = true) String emotionalWellbeing,
        @Schema(maxLength = 4000, nullable = true) String readiness,
        @Schema(maxLength = 4000, nullable = true) String safetyMeasures,
        @Schema(required = true) boolean notSafeToProceed,
        @Schema(nullable = true) LocalDate nextDue,
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
