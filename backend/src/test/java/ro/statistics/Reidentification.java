package ro.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An attacker with every answer about one table (national and each region) who knows how the answers
 * add up: each region's cells make its row, column and grand totals, the national entries are the
 * regions' plus the records with no region (never published), and a suppressed entry is not zero.
 * It searches, by brute force over the unknown counts, the values one cell of one region can take
 * given every shown number: the cell is pinned when only one value is possible.
 */
final class Reidentification {

    private static final long CEILING = 40;

    private final int rows;
    private final int columns;
    private final int buckets;
    private final List<int[]> sums = new ArrayList<>();
    private final List<Long> sumValues = new ArrayList<>();
    private final List<int[]> nonZero = new ArrayList<>();

    /** regions: each region's table in answer order; the national table; both as the API gave them. */
    Reidentification(JsonNode national, List<JsonNode> regions) {
        this.rows = national.path("rows").size();
        this.columns = Math.max(national.path("columns").size(), 1);
        this.buckets = regions.size() + 1;
        for (int r = 0; r < regions.size(); r++) {
            publish(regions.get(r), new int[] { r });
        }
        int[] all = new int[buckets];
        Arrays.setAll(all, r -> r);
        publish(national, all);
    }

    private int atom(int bucket, int row, int column) {
        return (bucket * rows + row) * columns + column;
    }

    /** Each entry of a published table: a shown count is the sum of its atoms, a suppressed one is not zero. */
    private void publish(JsonNode table, int[] ofBuckets) {
        boolean twoDimensional = table.path("columns").size() > 0;
        for (int i = 0; i < rows; i++) {
            JsonNode row = table.path("rows").get(i);
            for (int j = 0; twoDimensional && j < columns; j++) {
                entry(row.path("cells").get(j), ofBuckets, i, i + 1, j, j + 1);
            }
            entry(row.path("total"), ofBuckets, i, i + 1, 0, columns);
        }
        for (int j = 0; twoDimensional && j < columns; j++) {
            entry(table.path("columnTotals").get(j), ofBuckets, 0, rows, j, j + 1);
        }
        entry(table.path("total"), ofBuckets, 0, rows, 0, columns);
    }

    private void entry(JsonNode count, int[] ofBuckets, int fromRow, int toRow, int fromColumn, int toColumn) {
        List<Integer> atoms = new ArrayList<>();
        for (int b : ofBuckets) {
            for (int i = fromRow; i < toRow; i++) {
                for (int j = fromColumn; j < toColumn; j++) {
                    atoms.add(atom(b, i, j));
                }
            }
        }
        int[] set = atoms.stream().mapToInt(Integer::intValue).toArray();
        if (count.path("suppressed").asBoolean()) {
            nonZero.add(set);
        } else {
            sums.add(set);
            sumValues.add(count.path("count").asLong());
        }
    }

    /** The values (up to two found) the cell of this region can take, consistent with every published number. */
    Set<Long> possibleValues(int region, int row, int column) {
        Set<Long> found = new TreeSet<>();
        for (long v = 0; v <= CEILING && found.size() < 2; v++) {
            long[] assigned = new long[buckets * rows * columns];
            Arrays.fill(assigned, -1);
            assigned[atom(region, row, column)] = v;
            if (feasible(assigned)) {
                found.add(v);
            }
        }
        return found;
    }

    private boolean feasible(long[] assigned) {
        if (!propagate(assigned)) {
            return false;
        }
        int next = -1;
        for (int a = 0; a < assigned.length && next < 0; a++) {
            next = assigned[a] < 0 ? a : -1;
        }
        if (next < 0) {
            return true;
        }
        for (long v = 0; v <= upperBound(assigned, next); v++) {
            long[] tried = assigned.clone();
            tried[next] = v;
            if (feasible(tried)) {
                return true;
            }
        }
        return false;
    }

    private long upperBound(long[] assigned, int atom) {
        long bound = CEILING;
        for (int k = 0; k < sums.size(); k++) {
            if (contains(sums.get(k), atom)) {
                bound = Math.min(bound, sumValues.get(k) - knownSum(assigned, sums.get(k)));
            }
        }
        return bound;
    }

    /** Solves what the shown sums force; false when they cannot all hold. */
    private boolean propagate(long[] assigned) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < sums.size(); k++) {
                int[] set = sums.get(k);
                long left = sumValues.get(k) - knownSum(assigned, set);
                List<Integer> unknown = Arrays.stream(set).filter(a -> assigned[a] < 0).boxed().toList();
                if (left < 0 || (unknown.isEmpty() && left != 0)) {
                    return false;
                }
                if (unknown.size() == 1 || (left == 0 && !unknown.isEmpty())) {
                    unknown.forEach(a -> assigned[a] = unknown.size() == 1 ? left : 0);
                    changed = true;
                }
            }
        }
        for (int[] set : nonZero) {
            if (Arrays.stream(set).allMatch(a -> assigned[a] >= 0) && knownSum(assigned, set) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long knownSum(long[] assigned, int[] set) {
        return Arrays.stream(set).filter(a -> assigned[a] >= 0).mapToLong(a -> assigned[a]).sum();
    }

    private static boolean contains(int[] set, int atom) {
        return Arrays.stream(set).anyMatch(a -> a == atom);
    }
}
