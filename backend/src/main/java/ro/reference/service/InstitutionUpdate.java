package ro.reference.service;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An institution's new names, region and state (its code never changes)")
public record InstitutionUpdate(
        @NotBlank @Size(max = 120) @Schema(required = true, minLength = 1, maxLength = 120) String nameEn,
        @NotBlank @Size(max = 120) @Schema(required = true, minLength = 1, maxLength = 120) String nameFr,
        @NotNull @Schema(required = true, description = "An active region (its current one may stay even if inactive)") UUID regionId,
        @NotNull @Schema(required = true, description = "False deactivates it: forms no longer offer it") Boolean active) {
}
