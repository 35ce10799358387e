package ro.relay.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.DeliveryMethod;

@Schema(description = "How the approved message was delivered, and when (now when not said)")
public record Delivery(@NotNull @Schema(required = true) DeliveryMethod method,
        @Schema(nullable = true, description = "When it was delivered (e.g. the day a letter was mailed): not in the future, not before the approval") Instant deliveredAt) {
}
