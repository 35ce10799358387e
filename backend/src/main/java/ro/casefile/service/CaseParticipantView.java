package ro.casefile.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.ParticipationStatus;
import ro.casefile.model.Side;
import ro.participant.ParticipantKind;

@Schema(description = "A participant of a case, whether they take part now, and their consents per way")
public record CaseParticipantView(
        @Schema(required = true) UUID participantId,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true, maxLength = 100) String firstName,
        @Schema(required = true, maxLength = 100) String lastName,
        @Schema(required = true) Side side,
        @Schema(required = true) ParticipationStatus status,
        @Schema(required = true) Instant statusSince,
        @Schema(required = true, description = "Latest consent per way: true given, false withdrawn; absent when never asked") Map<String, Boolean> consents,
        @Schema(required = true, description = "When they joined: the case's opening, or later when added to the open case") Instant joinedAt,
        @Schema(required = true, description = "Added to the open case by a coordinator, rather than from the referrals it was opened from") boolean joinedLater,
        @Schema(nullable = true, description = "For a support person: the participant of the case they support") UUID supports) {
}
