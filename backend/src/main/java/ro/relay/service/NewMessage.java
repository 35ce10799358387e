package ro.relay.service;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.MessageKind;

@Schema(description = "A message a mediator records for its author, addressed to a participant on the other side")
public record NewMessage(
        @NotNull @Schema(required = true) MessageKind kind,
        @NotNull @Schema(required = true, description = "The participant of the case the message is from") UUID authorId,
        @NotNull @Schema(required = true, description = "A participant on the other side") UUID recipientId,
        @Size(max = 20000) @Schema(maxLength = 20000, description = "The text (a letter's or what the mediator is asked to convey)") String text) {
}
