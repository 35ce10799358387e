package ro.relay.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.MessageKind;

@Schema(description = "A message waiting for screening")
public record ReviewItem(
        @Schema(required = true) UUID messageId,
        @Schema(required = true) UUID caseId,
        @Schema(required = true) MessageKind kind,
        @Schema(required = true) Instant submittedAt) {
}
