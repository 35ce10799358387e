package ro.casefile.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of a case's timeline, oldest first")
public record TimelinePage(
        @Schema(required = true, maxItems = 100) List<TimelineEntry> items,
        @JsonUnwrapped Paging paging) {
}
