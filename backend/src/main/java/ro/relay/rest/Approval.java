package ro.relay.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Approval, with a redacted text when the original may not go as it is (a redacted file is uploaded before approving)")
public record Approval(@Size(max = 20000) @Schema(maxLength = 20000) String redactedText) {
}
