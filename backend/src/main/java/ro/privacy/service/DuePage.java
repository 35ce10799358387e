package ro.privacy.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of the records due for disposal, longest due first (held ones included, with their hold)")
public record DuePage(
        @Schema(required = true, maxItems = 100) List<DueRecord> items,
        @JsonUnwrapped Paging paging) {
}
