package ro.casefile.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.SafetyAssessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A safety assessment of a participant; risk level needed to finalise; next due defaults to 90 days after finalising")
public record SafetyFindings(
        @Schema(description = "When creating: the participant assessed") UUID participantId,
        RiskLevel riskLevel,
        @Size(max = 4000) @Schema(maxLength = 4000) String emotionalWellbeing,
        @Size(max = 4000) @Schema(maxLength = 4000, description = "Readiness for each chosen way of communicating") String readiness,
        @Size(max = 4000) @Schema(maxLength = 4000) String safetyMeasures,
        @Schema(description = "The assessor finds it not safe to proceed") Boolean notSafeToProceed,
        @Schema(description = "When the next assessment is due") LocalDate nextDue,
        @Schema(description = "When creating: the finalised assessment this one corrects") UUID amends) {

    public SafetyAssessment.Findings findings() {
        return new SafetyAssessment.Findings(riskLevel, emotionalWellbeing, readiness, safetyMeasures,
                Boolean.TRUE.equals(notSafeToProceed), nextDue);
    }
}
