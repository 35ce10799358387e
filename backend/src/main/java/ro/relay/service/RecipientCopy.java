package ro.relay.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.MessageKind;

@Schema(description = "What the recipient's side is given: the approved version only, never the original")
public record RecipientCopy(
        @Schema(required = true) UUID messageId,
        @Schema(required = true) MessageKind kind,
        @Schema(maxLength = 20000, nullable = true) String text,
        @Schema(nullable = true) FileView file) {
}
