package ro.reference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A region to add; its code never changes")
public record NewRegion(
        @NotNull @Pattern(regexp = ReferenceNames.CODE) @Schema(required = true, maxLength = 20, pattern = ReferenceNames.CODE) String code,
        @NotBlank @Size(max = 120) @Schema(required = true, minLength = 1, maxLength = 120) String nameEn,
        @NotBlank @Size(max = 120) @Schema(required = true, minLength = 1, maxLength = 120) String nameFr) {
}
