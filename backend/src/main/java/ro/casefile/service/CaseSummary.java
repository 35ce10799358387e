package ro.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.CaseStage;
import ro.security.StaffName;

@Schema(description = "A case as listed")
public record CaseSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) CaseStage stage,
        @Schema(required = true, maxItems = 2) List<String> mediators,
        @Schema(required = true, maxItems = 2, description = "The mediators as people call them, in the order of `mediators`") List<StaffName> mediatorNames,
        @Schema(required = true, maxItems = 50, description = "Participants' names, harmed people first") List<String> participantNames,
        @Schema(required = true) boolean onSafetyHold,
        @Schema(nullable = true) LocalDate nextAssessmentDue,
        @Schema(required = true) Instant openedAt) {
}
