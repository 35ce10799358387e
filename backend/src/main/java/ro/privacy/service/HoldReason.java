package ro.privacy.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a record is placed under legal hold. Name the matter, not the people in it.")
public record HoldReason(@NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) String reason) {
}
