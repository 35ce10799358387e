package ro.relay.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.DeliveryMethod;

@Schema(description = "How the approved message was delivered")
public record Delivery(@NotNull @Schema(required = true) DeliveryMethod method) {
}
