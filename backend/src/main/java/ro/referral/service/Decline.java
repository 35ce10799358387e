package ro.referral.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.referral.model.DeclineReason;

@Schema(description = "Why the program does not go ahead; OTHER needs details")
public record Decline(
        @NotNull @Schema(required = true) DeclineReason reason,
        @Size(max = 2000) @Schema(maxLength = 2000) String details) {
}
