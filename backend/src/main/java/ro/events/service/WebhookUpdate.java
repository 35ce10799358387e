package ro.events.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.events.model.EventType;

@Schema(description = "A webhook endpoint's new address, description, event types and whether it is active; its integration never changes")
public record WebhookUpdate(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000) String url,
        @Size(max = 200) @Schema(nullable = true, maxLength = 200) String description,
        @NotEmpty @Size(max = 20) @Schema(required = true, minItems = 1, maxItems = 20) List<@NotNull EventType> eventTypes,
        @NotNull @Schema(required = true) Boolean active) {
}
