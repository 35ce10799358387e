package ro.participant;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A participant as listed: no contact details")
public record ParticipantSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true, maxLength = 100) String firstName,
        @Schema(required = true, maxLength = 100) String lastName,
        @Schema(required = true) OfficialLanguage preferredLanguage,
        @Schema(maxLength = 12, nullable = true) String offenderNumber,
        @Schema(maxLength = 120, nullable = true) String institution,
        @Schema(nullable = true, description = "The institution chosen from the list") UUID institutionId) {
}
