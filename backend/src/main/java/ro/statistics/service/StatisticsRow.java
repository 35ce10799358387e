package ro.statistics.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One value of a table's row dimension: its cells (in the order of the columns) and its total")
public record StatisticsRow(
        @Schema(required = true, maxLength = 40) String key,
        @Schema(required = true, maxItems = 10, description = "Empty for a one-dimension table") List<StatisticsCount> cells,
        @Schema(required = true) StatisticsCount total) {
}
