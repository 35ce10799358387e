package ro.relay.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The recipient received the message, and decides whether its author may learn so")
public record Acknowledgement(@NotNull @Schema(required = true) Boolean authorMayKnow) {
}
