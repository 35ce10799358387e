package ro.casefile.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A mediator's note on a case")
public record NewNote(
        @NotBlank @Size(max = 8000) @Schema(required = true, maxLength = 8000) String text,
        @Schema(description = "Never leaves the case's mediators: not even coordinators read it") Boolean mediatorsOnly) {
}
