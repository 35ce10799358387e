package ro.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import ro.statistics.service.Suppression;

/** Small counts never identify anyone: the suppression's rules, as stories and as properties of random tables. */
class SuppressionTest {

    /** One region and the unknown-region bucket (empty): the national slice equals the region's. */
    private static Suppression oneRegion(long[][] cells) {
        return Suppression.of(new long[][][] { cells, new long[cells.length][cells[0].length] }, true);
    }

    @Test
    void a_single_withdrawn_victim_is_suppressed_with_enough_other_cells_that_no_line_gives_it_back() {
        // withdrawn: harmed 1, offender 6; rejoined: harmed 0, offender 6
        Suppression cube = oneRegion(new long[][] { { 1, 6 }, { 0, 6 } });
        int region = 0;
        assertThat(cube.suppressed(region, 0, 0)).isTrue();
        assertThat(cube.suppressed(region, 0, 1)).as("the other cell of its row").isTrue();
        assertThat(cube.suppressed(region, 2, 0)).as("the harmed column's total").isTrue();
        assertThat(cube.suppressed(region, 2, 1)).as("so the offender column's total goes with it").isTrue();
        // shown: its row's total 7, which two suppressed cells of at least 1 share in six ways
        assertThat(cube.suppressed(region, 0, 2)).isFalse();
        assertThat(cube.value(region, 0, 2)).isEqualTo(7);
        assertThat(cube.suppressed(region, 1, 0)).as("0 is shown").isFalse();
        assertThat(cube.value(region, 1, 0)).isZero();
        assertThat(cube.suppressed(region, 2, 2)).as("the grand total").isFalse();
        assertThat(cube.value(region, 2, 2)).isEqualTo(13);
        for (int i = 0; i <= 2; i++) {
            for (int j = 0; j <= 2; j++) {
                assertThat(cube.suppressed(cube.national(), i, j)).isEqualTo(cube.suppressed(region, i, j));
            }
        }
    }

    @Test
    void counts_of_five_or_more_and_zero_are_shown_as_they_are() {
        Suppression cube = oneRegion(new long[][] { { 5, 0 }, { 7, 12 } });
        for (int i = 0; i <= 2; i++) {
            for (int j = 0; j <= 2; j++) {
                assertThat(cube.suppressed(0, i, j)).isFalse();
            }
        }
        assertThat(cube.value(0, 2, 2)).isEqualTo(24);
        assertThat(cube.value(cube.national(), 0, 2)).isEqualTo(5);
    }

    @Test
    void a_small_region_is_suppressed_in_the_national_table_too_so_national_minus_regions_gives_nothing() {
        // one-dimension table (e.g. meetings by state) in two regions and the unknown bucket
        long[][][] cells = { { { 3 }, { 9 } }, { { 8 }, { 9 } }, { { 0 }, { 0 } } };
        Suppression cube = Suppression.of(cells, false);
        assertThat(cube.suppressed(0, 0, 0)).isTrue();
        // across regions, the row's national count (11) is the total of a line: the other region's cell goes with it
        assertThat(cube.suppressed(1, 0, 0)).as("the other region's cell of that row").isTrue();
        assertThat(cube.suppressed(cube.national(), 0, 0)).isFalse();
        // and within each region, another row, so neither region's total gives its cell back
        assertThat(cube.suppressed(0, 1, 0)).isTrue();
        assertThat(cube.suppressed(1, 1, 0)).isTrue();
        assertThat(cube.value(cube.national(), 1, 0)).isEqualTo(18);
    }

    @Test
    void a_suppressed_total_takes_a_cell_of_its_line_with_it() {
        // one row of one-dimension: 2 and 0 and 0; the total 2 is suppressed with its cell, zeros are shown
        Suppression cube = Suppression.of(new long[][][] { { { 2 }, { 0 }, { 0 } }, { { 0 }, { 0 }, { 0 } } }, false);
        assertThat(cube.suppressed(0, 0, 0)).isTrue();
        assertThat(cube.suppressed(0, 3, 0)).isTrue();
        assertThat(cube.suppressed(0, 1, 0)).isFalse();
    }

    @Test
    void two_suppressed_ones_whose_row_total_leaves_two_for_them_take_a_third_cell_with_them() {
        // withdrawn: harmed 1, offender 1, and 6 others; the row total 8 would leave 2 for two cells of at least 1
        Suppression cube = oneRegion(new long[][] { { 1, 1, 6 }, { 9, 9, 9 } });
        assertThat(cube.suppressed(0, 0, 0)).isTrue();
        assertThat(cube.suppressed(0, 0, 1)).isTrue();
        assertThat(cube.suppressed(0, 0, 2)).as("the third cell of the row").isTrue();
        assertThat(cube.suppressed(0, 0, 3)).as("the row total").isFalse();
        assertThat(cube.value(0, 0, 3)).isEqualTo(8);
    }

    // ---- properties of random cubes -----------------------------------------------------------------

    @RepeatedTest(400)
    void in_any_table_every_line_has_no_or_at_least_two_suppressed_entries_and_no_small_count_shows(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition() * 7919L);
        int regions = 1 + random.nextInt(6);
        int rows = 1 + random.nextInt(5);
        boolean twoDimensional = random.nextBoolean();
        int columns = twoDimensional ? 1 + random.nextInt(6) : 1;
        long[][][] cells = new long[regions][rows][columns];
        for (long[][] region : cells) {
            for (long[] row : region) {
                for (int j = 0; j < columns; j++) {
                    row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(4) == 0 ? 1 + random.nextInt(4) : random.nextInt(25);
                }
            }
        }
        Suppression cube = Suppression.of(cells, twoDimensional);
        int gridColumns = cube.columns();

        for (int s = 0; s <= cube.national(); s++) {
            for (int i = 0; i <= rows; i++) {
                for (int j = 0; j <= gridColumns; j++) {
                    long v = cube.value(s, i, j);
                    assertThat(v).as("the exact count").isEqualTo(expected(cells, s, i, j, rows, gridColumns));
                    if (!cube.suppressed(s, i, j)) {
                        assertThat(v).as("a shown count is 0 or at least 5").matches(x -> x == 0 || x >= 5);
                    } else {
                        assertThat(v).as("only non-zero counts are suppressed").isPositive();
                    }
                }
            }
        }
        for (int s = 0; s <= cube.national(); s++) {
            for (int i = 0; i <= rows && gridColumns > 0; i++) {
                int suppressed = 0;
                for (int j = 0; j <= gridColumns; j++) {
                    suppressed += cube.suppressed(s, i, j) ? 1 : 0;
                }
                assertThat(suppressed).as("row %d of slice %d", i, s).isNotEqualTo(1);
            }
            for (int j = 0; j <= gridColumns; j++) {
                int suppressed = 0;
                for (int i = 0; i <= rows; i++) {
                    suppressed += cube.suppressed(s, i, j) ? 1 : 0;
                }
                assertThat(suppressed).as("column %d of slice %d", j, s).isNotEqualTo(1);
            }
        }
        for (int s = 0; s <= cube.national(); s++) {
            for (int i = 0; i <= rows && gridColumns > 0; i++) {
                long hidden = 0;
                long left = cube.value(s, i, gridColumns);
                for (int j = 0; j < gridColumns; j++) {
                    hidden += cube.suppressed(s, i, j) ? 1 : 0;
                    left -= cube.suppressed(s, i, j) ? 0 : cube.value(s, i, j);
                }
                assertThat(cube.suppressed(s, i, gridColumns) || hidden == 0 || left > hidden)
                        .as("row %d of slice %d: its suppressed cells cannot all be read as 1", i, s).isTrue();
            }
        }
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= gridColumns; j++) {
                int suppressed = 0;
                for (int s = 0; s <= cube.national(); s++) {
                    suppressed += cube.suppressed(s, i, j) ? 1 : 0;
                }
                assertThat(suppressed).as("entry %d,%d across regions", i, j).isNotEqualTo(1);
            }
        }
    }

    /** The count an entry of the grid must hold, added up from the cells directly. */
    private static long expected(long[][][] cells, int slice, int row, int column, int rows, int gridColumns) {
        long sum = 0;
        for (int s = 0; s < cells.length; s++) {
            if (slice != cells.length && s != slice) {
                continue;
            }
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cells[s][i].length; j++) {
                    boolean rowMatches = row == rows || row == i;
                    boolean columnMatches = column == gridColumns || column == j;
                    sum += rowMatches && columnMatches ? cells[s][i][j] : 0;
                }
            }
        }
        return sum;
    }
}
