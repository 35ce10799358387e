package ro.casefile.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of a case's timeline, oldest first")
public record TimelinePage(
        @Schema(required = true, maxItems = 100) List<TimelineEntry> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
