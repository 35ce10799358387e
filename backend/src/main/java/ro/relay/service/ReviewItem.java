package ro.relay.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.Side;
import ro.participant.ParticipantKind;
import ro.relay.model.MessageKind;

@Schema(description = "A message waiting for screening, with whom it is from and to (the reader is a coordinator or a mediator of the case)")
public record ReviewItem(
        @Schema(required = true) UUID messageId,
        @Schema(required = true) UUID caseId,
        @Schema(required = true) MessageKind kind,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true) Person author,
        @Schema(required = true) Person recipient) {

    @Schema(name = "ReviewItemPerson", description = "The author or the recipient of a message waiting for screening, with their side (none for a support person whose side the message does not tell)")
    public record Person(
            @Schema(required = true) UUID id,
            @Schema(nullable = true, maxLength = 201, description = "First and last name") String name,
            @Schema(nullable = true) ParticipantKind participantKind,
            @Schema(nullable = true) Side side) {
    }
}
