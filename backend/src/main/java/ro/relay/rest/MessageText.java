package ro.relay.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A draft's new text")
public record MessageText(@Size(max = 20000) @Schema(maxLength = 20000) String text) {
}
