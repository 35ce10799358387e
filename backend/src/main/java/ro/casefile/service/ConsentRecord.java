package ro.casefile.service;

import jakarta.validation.constraints.NotNull;
import ro.casefile.model.ConsentForm;
import ro.casefile.model.Way;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A participant's consent to a way of communicating, given or withdrawn")
public record ConsentRecord(
        @NotNull @Schema(required = true) Way way,
        @NotNull @Schema(required = true) Boolean given,
        @NotNull @Schema(required = true, description = "How the participant gave (or withdrew) it") ConsentForm how) {
}
