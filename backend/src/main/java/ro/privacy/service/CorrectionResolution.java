package ro.privacy.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.CorrectionOutcome;

@Schema(description = "How a coordinator resolves a correction request")
public record CorrectionResolution(
        @NotNull @Schema(required = true, description = "CORRECTED: the record was corrected through its own endpoint first; "
                + "ANNOTATED: the record keeps its value and is shown as disputed with the person's statement") CorrectionOutcome outcome,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000, description = "What was done, or why the record stands") String note) {
}
