package ro.events.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of a webhook endpoint's deliveries, newest event first")
public record DeliveryPage(
        @Schema(required = true, maxItems = 100) List<DeliveryView> items,
        @JsonUnwrapped Paging paging) {
}
