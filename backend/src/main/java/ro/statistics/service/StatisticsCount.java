package ro.statistics.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A count, or the mark that it is suppressed: a count from 1 to 4, or one that would let such a count be"
        + " recovered from totals, other cells or other regions, is never given")
public record StatisticsCount(
        @Schema(required = true, nullable = true, minimum = "0", description = "The count; null if and only if suppressed") Integer count,
        @Schema(required = true) boolean suppressed) {

    static StatisticsCount of(Suppression cube, int slice, int row, int column) {
        return cube.suppressed(slice, row, column) ? new StatisticsCount(null, true)
                : new StatisticsCount(Math.toIntExact(cube.value(slice, row, column)), false);
    }
}
