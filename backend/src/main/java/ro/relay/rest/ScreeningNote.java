package ro.relay.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a message is returned for revision, or withheld")
public record ScreeningNote(@NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) String text) {
}
