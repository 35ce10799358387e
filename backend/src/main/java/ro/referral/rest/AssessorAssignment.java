package ro.referral.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The mediator to assess a referral from now on (an active mediator of the roster)")
public record AssessorAssignment(
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, description = "The mediator's user name") String mediator) {
}
