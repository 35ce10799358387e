package ro.casefile.service;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.SafetyHoldPolicy;

@Schema(description = "Why the case is on safety hold")
public record HoldReasonView(
        @Schema(required = true) UUID participantId,
        @Schema(required = true) SafetyHoldPolicy.Reason reason,
        @Schema(nullable = true, description = "For an overdue reassessment: when it was due") LocalDate due) {
}
