package ro.events.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.events.model.EventType;
import ro.events.model.WebhookEndpoint;

@Schema(description = "A webhook endpoint (never its secret)")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 2000) String url,
        @Schema(nullable = true, maxLength = 200) String description,
        @Schema(nullable = true, maxLength = 100, description = "The integration it serves; null: a program subscriber") String integration,
        @Schema(required = true, maxItems = 20) List<EventType> eventTypes,
        @Schema(required = true) boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, maxLength = 100) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, maxLength = 100) String updatedBy,
        @Schema(required = true, description = "Changes with every update; also the ETag") long version) {

    static WebhookView of(WebhookEndpoint w) {
        return new WebhookView(w.id, w.url, w.description, w.integration, Arrays.stream(w.eventTypes).map(EventType::valueOf).toList(),
                w.active, w.createdAt, w.createdBy, w.updatedAt, w.updatedBy, w.version);
    }
}
