package ro.work;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.ParticipantKind;

@Schema(description = "A participant a work item concerns, named for the caller (who reaches them)")
public record WorkPerson(
        @Schema(required = true) UUID id,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true, maxLength = 100) String firstName,
        @Schema(required = true, maxLength = 100) String lastName) {
}
