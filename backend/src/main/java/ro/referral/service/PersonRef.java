package ro.referral.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.ParticipantKind;

@Schema(description = "A participant named in a referral")
public record PersonRef(
        @Schema(required = true) UUID id,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true, maxLength = 100) String firstName,
        @Schema(required = true, maxLength = 100) String lastName,
        @Schema(maxLength = 12, nullable = true) String offenderNumber) {
}
