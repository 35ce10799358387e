package ro.statistics.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A duration over a group of records: its median and 90th percentile in days (one decimal), given only"
        + " for a group of 5 or more whose size is shown")
public record DurationStatistic(
        @Schema(required = true, maxLength = 40) String key,
        @Schema(required = true, enumeration = { "DAYS" }) String unit,
        @Schema(required = true) StatisticsCount groupSize,
        @Schema(required = true, nullable = true, description = "Days, one decimal") BigDecimal median,
        @Schema(required = true, nullable = true, description = "Days, one decimal") BigDecimal percentile90) {
}
