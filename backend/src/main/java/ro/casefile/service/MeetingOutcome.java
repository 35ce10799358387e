package ro.casefile.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What came of a meeting that was held")
public record MeetingOutcome(
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) String outcome,
        @Size(max = 4000) @Schema(maxLength = 4000) String agreements) {
}
