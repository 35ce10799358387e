package ro.events.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.events.model.DeliveryState;
import ro.events.model.EventType;
import ro.events.model.WebhookDelivery;

@Schema(description = "One event's delivery to a webhook endpoint")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID webhookId,
        @Schema(required = true, description = "The event's id: the webhook-id header") UUID eventId,
        @Schema(required = true, description = "The event's position in the outbox") long eventSeq,
        @Schema(required = true) EventType eventType,
        @Schema(required = true, description = "The record the event is of") UUID subject,
        @Schema(required = true) DeliveryState state,
        @Schema(required = true, description = "Attempts made since it was made or replayed") int attempts,
        @Schema(nullable = true, description = "When it is due (PENDING)") Instant nextAttemptAt,
        @Schema(nullable = true, description = "When the last attempt began") Instant lastAttemptAt,
        @Schema(nullable = true, description = "The HTTP status of the last attempt, if one came back") Integer lastStatus,
        @Schema(nullable = true, maxLength = 500, description = "Why the last attempt failed (a few hundred characters at most)") String lastError,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(required = true) Instant createdAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.endpointId, d.eventId, d.eventSeq, EventType.valueOf(d.eventType), d.subject, d.state, d.attempts,
                d.nextAttemptAt, d.lastAttemptAt, d.lastStatus, d.lastError, d.deliveredAt, d.createdAt);
    }
}
