package ro.referral.service;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.referral.model.SuitabilityAssessment;
import ro.referral.model.SuitabilityOutcome;

@Schema(description = "A suitability assessment's findings; the outcome is needed to finalise")
public record SuitabilityFindings(
        @Size(max = 4000) @Schema(description = "The appropriateness of the request", maxLength = 4000) String appropriateness,
        @Size(max = 4000) @Schema(description = "The offender's motivation", maxLength = 4000) String motivation,
        @Size(max = 4000) @Schema(description = "The offender's acceptance of responsibility", maxLength = 4000) String acceptanceOfResponsibility,
        @Size(max = 4000) @Schema(maxLength = 4000) String notes,
        SuitabilityOutcome outcome,
        @Schema(description = "When creating: the finalised assessment this one corrects") UUID amends) {

    public SuitabilityAssessment.Findings findings() {
        return new SuitabilityAssessment.Findings(appropriateness, motivation, acceptanceOfResponsibility, notes, outcome);
    }
}
