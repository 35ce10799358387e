package ro.statistics.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One table of counts: every value of its row dimension, zero rows included, by the values of its column"
        + " dimension (none for a one-dimension table), with column totals and the total")
public record StatisticsTable(
        @Schema(required = true, maxLength = 40) String key,
        @Schema(required = true, maxLength = 40) String rowDimension,
        @Schema(required = true, nullable = true, maxLength = 40) String columnDimension,
        @Schema(required = true, maxItems = 10) List<String> columns,
        @Schema(required = true, maxItems = 10) List<StatisticsRow> rows,
        @Schema(required = true, maxItems = 10, description = "Empty for a one-dimension table") List<StatisticsCount> columnTotals,
        @Schema(required = true) StatisticsCount total) {
}
