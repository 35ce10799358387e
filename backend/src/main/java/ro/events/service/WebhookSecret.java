package ro.events.service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook endpoint with its signing secret, shown this once (at registration and at each rotation)")
public record WebhookSecret(
        @JsonUnwrapped WebhookView webhook,
        @Schema(required = true, maxLength = 50, description = "The Standard Webhooks signing secret: whsec_ + base64 of 32 bytes. "
                + "Keep it now: it is never shown again") String secret) {
}
