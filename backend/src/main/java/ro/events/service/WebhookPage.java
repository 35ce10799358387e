package ro.events.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of webhook endpoints, newest first")
public record WebhookPage(
        @Schema(required = true, maxItems = 100) List<WebhookView> items,
        @JsonUnwrapped Paging paging) {
}
