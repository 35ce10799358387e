package ro.statistics.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-count suppression of one table over every region at once (a cube), so that no answer can be
 * differenced against another.
 * <p>
 * The cube holds one slice per region (the bucket of records with no region is one of them) and the
 * national slice, their sum. Each slice is a grid of the table's cells with its row totals, column
 * totals and grand total: rows {@code 0..R-1} then the totals row {@code R}; columns {@code 0..C-1}
 * then the totals column {@code C}. A one-dimension table has no cell columns ({@code C = 0}): each
 * row is its total.
 * <ul>
 * <li>Primary: every count from 1 to {@value #SMALLEST_SHOWN_MINUS_ONE} is suppressed (0 is shown).</li>
 * <li>Complementary, repeated until nothing changes: every line with exactly one suppressed entry gets
 * its smallest non-zero shown cell suppressed too (its total when no cell is non-zero). The lines are
 * each row with its total, each column with its total (the totals row and the totals column
 * included), and across regions each entry of the national slice with the same entry of every
 * region.</li>
 * <li>And, since a suppressed count is known not to be zero: a line with a shown total whose suppressed
 * cells add up to no more than their number (so each must be 1, e.g. two suppressed cells in a row
 * whose total leaves 2 for them) gets one more, the same way.</li>
 * </ul>
 * So no line has exactly one suppressed entry, and none can be read back from its line's other
 * entries; the slices are answered from the same suppression, so national minus regions gives
 * nothing either.
 */
public final class Suppression {

    /** The smallest count shown: smaller non-zero counts are suppressed. */
    public static final int SMALLEST_SHOWN = 5;
    static final int SMALLEST_SHOWN_MINUS_ONE = SMALLEST_SHOWN - 1;

    private final long[][][] values;
    private final boolean[][][] suppressed;
    private final int regions;
    private final int rows;
    private final int columns;

    private Suppression(long[][][] values, int regions, int rows, int columns) {
        this.values = values;
        this.regions = regions;
        this.rows = rows;
        this.columns = columns;
        this.suppressed = new boolean[regions + 1][rows + 1][columns + 1];
    }

    /**
     * Suppresses a table given its cells by region: {@code cells[region][row][column]}; for a
     * one-dimension table pass {@code twoDimensional = false} and one value per row ({@code cells[region][row][0]}).
     */
    public static Suppression of(long[][][] cells, boolean twoDimensional) {
        int regions = cells.length;
        int rows = cells[0].length;
        int columns = twoDimensional ? cells[0][0].length : 0;
        long[][][] grid = new long[regions + 1][rows + 1][columns + 1];
        for (int s = 0; s < regions; s++) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < Math.max(columns, 1); j++) {
                    long v = cells[s][i][j];
                    if (v < 0) {
                        throw new IllegalArgumentException("a count is never negative");
                    }
                    if (columns > 0) {
                        grid[s][i][j] += v;
                        grid[s][rows][j] += v;
                    }
                    grid[s][i][columns] += v;
                    grid[s][rows][columns] += v;
                }
            }
            for (int i = 0; i <= rows; i++) {
                for (int j = 0; j <= columns; j++) {
                    grid[regions][i][j] += grid[s][i][j];
                }
            }
        }
        Suppression result = new Suppression(grid, regions, rows, columns);
        result.suppress();
        return result;
    }

    /** The index of the national slice (the regions are 0..national-1, in the order given). */
    public int national() {
        return regions;
    }

    /** Rows of cells (without the totals row, which is at index {@code rows()}). */
    public int rows() {
        return rows;
    }

    /** Columns of cells (without the totals column, which is at index {@code columns()}); 0 for one dimension. */
    public int columns() {
        return columns;
    }

    public long value(int slice, int row, int column) {
        return values[slice][row][column];
    }

    public boolean suppressed(int slice, int row, int column) {
        return suppressed[slice][row][column];
    }

    /** One entry of the cube: slice, row, column. */
    record Entry(int slice, int row, int column) {
    }

    /** A line whose entries add up to its total (the last entry). */
    record Line(List<Entry> entries) {
        Entry total() {
            return entries.get(entries.size() - 1);
        }
    }

    /** Every line of the cube: rows and columns of every slice, and each entry across regions. */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s <= regions; s++) {
            for (int i = 0; i <= rows && columns > 0; i++) {
                List<Entry> line = new ArrayList<>();
                for (int j = 0; j <= columns; j++) {
                    line.add(new Entry(s, i, j));
                }
                lines.add(new Line(line));
            }
            for (int j = 0; j <= columns; j++) {
                List<Entry> line = new ArrayList<>();
                for (int i = 0; i <= rows; i++) {
                    line.add(new Entry(s, i, j));
                }
                lines.add(new Line(line));
            }
        }
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                List<Entry> line = new ArrayList<>();
                for (int s = 0; s <= regions; s++) {
                    line.add(new Entry(s, i, j));
                }
                lines.add(new Line(line));
            }
        }
        return lines;
    }

    private void suppress() {
        for (int s = 0; s <= regions; s++) {
            for (int i = 0; i <= rows; i++) {
                for (int j = 0; j <= columns; j++) {
                    long v = values[s][i][j];
                    suppressed[s][i][j] = v >= 1 && v < SMALLEST_SHOWN;
                }
            }
        }
        List<Line> lines = lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                if (suppressedIn(line) == 1 || eachSuppressedCellIsOne(line)) {
                    Entry next = complement(line);
                    if (next != null) {
                        suppressed[next.slice()][next.row()][next.column()] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /** The total is shown and what it leaves for the suppressed cells is one each: they would all be read as 1. */
    private boolean eachSuppressedCellIsOne(Line line) {
        if (isSuppressed(line.total())) {
            return false;
        }
        List<Entry> cells = line.entries().subList(0, line.entries().size() - 1);
        long hidden = cells.stream().filter(this::isSuppressed).count();
        long left = valueOf(line.total()) - cells.stream().filter(e -> !isSuppressed(e)).mapToLong(this::valueOf).sum();
        return hidden > 0 && left <= hidden;
    }

    private long suppressedIn(Line line) {
        return line.entries().stream().filter(this::isSuppressed).count();
    }

    /** The smallest non-zero shown cell of the line, or its total when no cell is non-zero. */
    private Entry complement(Line line) {
        Entry smallest = null;
        for (Entry e : line.entries().subList(0, line.entries().size() - 1)) {
            if (!isSuppressed(e) && valueOf(e) > 0 && (smallest == null || valueOf(e) < valueOf(smallest))) {
                smallest = e;
            }
        }
        if (smallest == null && !isSuppressed(line.total()) && valueOf(line.total()) > 0) {
            return line.total();
        }
        return smallest;
    }

    private boolean isSuppressed(Entry e) {
        return suppressed[e.slice()][e.row()][e.column()];
    }

    private long valueOf(Entry e) {
        return values[e.slice()][e.row()][e.column()];
    }
}
