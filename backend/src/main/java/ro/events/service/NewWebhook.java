package ro.events.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.events.model.EventType;

@Schema(description = "A webhook endpoint to register; its secret is made by the API and returned once")
public record NewWebhook(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000,
                description = "Where events are POSTed: https (http only where ro.webhooks.allow-http is on), no credentials") String url,
        @Size(max = 200) @Schema(nullable = true, maxLength = 200, description = "What it is for (no personal information)") String description,
        @Size(max = 100) @Schema(nullable = true, maxLength = 100,
                description = "The integration it serves (its service account's user name): it then receives only the events of the "
                        + "referrals that integration submitted, of the types that may leave the program. Absent: a program subscriber") String integration,
        @NotEmpty @Size(max = 20) @Schema(required = true, minItems = 1, maxItems = 20) List<@NotNull EventType> eventTypes) {
}
