package ro.statistics.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "De-identified statistics over whole months, nationally or for one region: counts only, small counts"
        + " suppressed; nothing names a person, a case or a referral. regionId: the region answered, null for the whole country")
public record StatisticsReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, nullable = true) UUID regionId,
        @Schema(required = true, description = "The smallest count shown (5): smaller non-zero counts are suppressed") int smallestShownCount,
        @Schema(required = true, maxItems = 20, description = "Every table, always in the same order") List<StatisticsTable> tables,
        @Schema(required = true, maxItems = 5, description = "Every duration, always in the same order") List<DurationStatistic> durations) {
}
