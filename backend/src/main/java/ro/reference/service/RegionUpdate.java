package ro.reference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A region's new names and state (its code never changes)")
public record RegionUpdate(
        @NotBlank @Size(max = 120) @Schema(required = true, minLength = 1, maxLength = 120) String nameEn,
        @NotBlank @Size(max = 120) @Schema(required = true, minLength = 1, maxLength = 120) String nameFr,
        @NotNull @Schema(required = true, description = "False deactivates it: refused while it has active institutions") Boolean active) {
}
