package ro.participant;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A participant's record")
public record ParticipantView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true, maxLength = 100) String firstName,
        @Schema(required = true, maxLength = 100) String lastName,
        @Schema(required = true) OfficialLanguage preferredLanguage,
        @Schema(maxLength = 12, nullable = true) String offenderNumber,
        @Schema(maxLength = 120, nullable = true) String institution,
        @Schema(nullable = true, description = "The institution chosen from the list; absent for free text no institution matched") UUID institutionId,
        @Schema(nullable = true, description = "Present only for the roles that may see it") ContactDetails contact,
        @Schema(required = true, description = "Changes with every update; also the ETag") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, maxLength = 100, description = "User name of who recorded the participant") String createdBy) {

    static ParticipantView of(Participant p, boolean withContact) {
        return new ParticipantView(p.id, p.kind, p.firstName, p.lastName, p.preferredLanguage, p.offenderNumber,
                p.institution, p.institutionId, withContact ? ContactDetails.of(p.contact) : null, p.version, p.createdAt, p.updatedAt,
                p.createdBy);
    }
}
