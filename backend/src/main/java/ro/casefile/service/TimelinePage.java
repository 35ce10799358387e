package ro.casefile.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Total;

@Schema(description = "A page of a case's timeline, oldest first")
public record TimelinePage(
        @Schema(required = true, maxItems = 100) List<TimelineEntry> items,
        @Schema(required = true, description = Total.TOTAL) long total,
        @Schema(required = true, description = Total.IS_EXACT) boolean totalIsExact,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(nullable = true, description = Total.NEXT) String next) {
}
