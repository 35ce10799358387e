package ro.participant;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Total;

@Schema(description = "A page of participants, ordered by last name, first name, then id")
public record ParticipantPage(
        @Schema(required = true, maxItems = 100) List<ParticipantSummary> items,
        @Schema(required = true, description = Total.TOTAL) long total,
        @Schema(required = true, description = Total.IS_EXACT) boolean totalIsExact,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true, description = "Page size") int size,
        @Schema(nullable = true, description = Total.NEXT) String next) {
}
