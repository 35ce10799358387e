package ro.statistics.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.rules.Breach;
import ro.rules.BrokenRules;

/**
 * De-identified statistics: every table counted for every region at once, suppressed as a whole (so
 * the national answer and each region's cannot be differenced), then the slice asked for is answered.
 * A record with no region counts nationally only (in the unknown-region bucket of the cube).
 */
@ApplicationScoped
public class StatisticsService {

    static final String AUDIT_TYPE = "STATISTICS";

    @Inject
    StatisticsQueries queries;
    @Inject
    AuditTrail audit;

    @Transactional
    public StatisticsReport report(LocalDate from, LocalDate to, UUID regionId) {
        StatisticsPeriod period = StatisticsPeriod.of(from, to);
        List<UUID> regions = queries.regions();
        if (regionId != null && !regions.contains(regionId)) {
            throw new BrokenRules("statistics.query.invalid", List.of(new Breach("regionId", "KnownRegion", "statistics.region.unknown")));
        }
        // Slices 0..n-1 are the regions, n the records with no region; the cube adds the national slice.
        Map<UUID, Integer> sliceOf = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            sliceOf.put(regions.get(i), i);
        }
        int slices = regions.size() + 1;
        int answered = regionId == null ? slices : sliceOf.get(regionId);

        Map<String, List<StatisticsQueries.Count>> counts = new HashMap<>();
        queries.counts(period.start(), period.end()).forEach(c -> counts.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c));
        List<StatisticsTable> tables = TableShape.ALL.stream()
                .map(shape -> table(shape, cube(shape, counts.getOrDefault(shape.key(), List.of()), sliceOf, slices), answered)).toList();

        List<StatisticsQueries.Duration> found = queries.durations(period.start(), period.end());
        List<DurationStatistic> durations = TableShape.DURATIONS.stream()
                .map(key -> duration(key, found.stream().filter(d -> d.key().equals(key)).toList(), sliceOf, slices, regionId)).toList();

        audit.record(AuditRecord.read("STATISTICS_READ", AUDIT_TYPE, null).with("from", from).with("to", to).with("region", regionId));
        return new StatisticsReport(from, to, regionId, Suppression.SMALLEST_SHOWN, tables, durations);
    }

    private static Suppression cube(TableShape shape, List<StatisticsQueries.Count> counts, Map<UUID, Integer> sliceOf, int slices) {
        long[][][] cells = new long[slices][shape.rows().size()][Math.max(shape.columns().size(), 1)];
        for (StatisticsQueries.Count c : counts) {
            int row = shape.rows().indexOf(c.row());
            int column = shape.twoDimensional() ? shape.columns().indexOf(c.column()) : 0;
            if (row < 0 || column < 0) {
                throw new IllegalStateException("statistics: no " + shape.key() + " cell for " + c.row() + "/" + c.column());
            }
            cells[sliceOf(c.regionId(), sliceOf, slices)][row][column] += c.count();
        }
        return Suppression.of(cells, shape.twoDimensional());
    }

    private static int sliceOf(UUID regionId, Map<UUID, Integer> sliceOf, int slices) {
        return regionId == null ? slices - 1 : sliceOf.get(regionId);
    }

    private static StatisticsTable table(TableShape shape, Suppression cube, int slice) {
        int columns = cube.columns();
        List<StatisticsRow> rows = new ArrayList<>();
        for (int i = 0; i < cube.rows(); i++) {
            List<StatisticsCount> cells = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                cells.add(StatisticsCount.of(cube, slice, i, j));
            }
            rows.add(new StatisticsRow(shape.rows().get(i), cells, StatisticsCount.of(cube, slice, i, columns)));
        }
        List<StatisticsCount> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            columnTotals.add(StatisticsCount.of(cube, slice, cube.rows(), j));
        }
        return new StatisticsTable(shape.key(), shape.rowDimension(), shape.columnDimension(), shape.columns(), rows, columnTotals,
                StatisticsCount.of(cube, slice, cube.rows(), columns));
    }

    /** A duration's group size is suppressed as a one-entry table over the regions; its figures only for a shown group of 5 or more. */
    private static DurationStatistic duration(String key, List<StatisticsQueries.Duration> groups, Map<UUID, Integer> sliceOf, int slices,
            UUID regionId) {
        long[][][] sizes = new long[slices][1][1];
        StatisticsQueries.Duration answered = null;
        for (StatisticsQueries.Duration d : groups) {
            if (!d.national()) {
                sizes[sliceOf(d.regionId(), sliceOf, slices)][0][0] = d.size();
            }
            if (d.national() ? regionId == null : regionId != null && regionId.equals(d.regionId())) {
                answered = d;
            }
        }
        Suppression cube = Suppression.of(sizes, false);
        int slice = regionId == null ? cube.national() : sliceOf.get(regionId);
        StatisticsCount size = StatisticsCount.of(cube, slice, 1, 0);
        boolean given = answered != null && !size.suppressed() && size.count() >= Suppression.SMALLEST_SHOWN;
        return new DurationStatistic(key, "DAYS", size, given ? answered.median() : null, given ? answered.percentile90() : null);
    }
}
