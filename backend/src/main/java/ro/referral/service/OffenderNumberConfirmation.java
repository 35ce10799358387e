package ro.referral.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The number of the offender a harmed person named, as a coordinator confirmed it")
public record OffenderNumberConfirmation(
        @NotNull @Pattern(regexp = "^[A-Z0-9]{3,12}$") @Schema(required = true, maxLength = 12, pattern = "^[A-Z0-9]{3,12}$") String offenderNumber) {
}
