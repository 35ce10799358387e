package ro.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.MigratedDatabase;

/**
 * V12 on the timeline kept before it: a STAGE event learns the stage it moved to from its stored summary,
 * and a withdrawal the side of its participant when it is their latest change (an earlier one keeps no side
 * and is left out of the counts). Run on a database of its own, migrated to V11, filled, then migrated on.
 */
@QuarkusTest
class StatisticsMigrationTest {

    private static final String CASE = UUID.randomUUID().toString();
    private static final String HARMED = UUID.randomUUID().toString();
    private static final char SEPARATOR = '\u001f';

    @Test
    void past_stage_moves_and_withdrawals_get_the_codes_the_statistics_count() throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.create("v12").migrateTo("11")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO participant (id, kind, first_name, last_name, preferred_language, search_key, version, created_at,"
                        + " updated_at, created_by) VALUES ('" + HARMED + "', 'VICTIM', 'A', 'B', 'EN', 'a b', 0, now(), now(), 'x')");
                s.execute("INSERT INTO case_file (id, stage, opened_at, opened_by, version, updated_at) VALUES ('" + CASE
                        + "', 'DIALOGUE', '2025-01-01T00:00:00Z', 'x', 0, now())");
                s.execute("INSERT INTO case_participant VALUES ('" + CASE + "', '" + HARMED + "', 'HARMED', 'WITHDRAWN', '2025-03-01T10:00:00Z')");
                event(s, "OPENED", "2025-01-01T00:00:00Z", "timeline.OPENED" + SEPARATOR + "2" + SEPARATOR + "mediator1");
                event(s, "STAGE", "2025-02-01T00:00:00Z", "timeline.STAGE" + SEPARATOR + "PREPARATION" + SEPARATOR + "DIALOGUE");
                event(s, "WITHDRAWN", "2025-02-10T00:00:00Z", "timeline.WITHDRAWN" + SEPARATOR + "A B");
                event(s, "REJOINED", "2025-02-20T00:00:00Z", "timeline.REJOINED" + SEPARATOR + "A B");
                event(s, "WITHDRAWN", "2025-03-01T10:00:00Z", "timeline.WITHDRAWN" + SEPARATOR + "A B");
            }
            db.migrateTo("latest");
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT kind, stage, side FROM case_event WHERE case_id = '" + CASE + "' ORDER BY at")) {
                StringBuilder found = new StringBuilder();
                while (rs.next()) {
                    found.append(rs.getString(1)).append('/').append(rs.getString(2)).append('/').append(rs.getString(3)).append(' ');
                }
                assertThat(found.toString().strip()).isEqualTo(
                        "OPENED/null/null STAGE/DIALOGUE/null WITHDRAWN/null/null REJOINED/null/null WITHDRAWN/null/HARMED");
            }
        }
    }

    private static void event(Statement s, String kind, String at, String summary) throws SQLException {
        s.execute("INSERT INTO case_event (id, case_id, at, actor, kind, summary) VALUES ('" + UUID.randomUUID() + "', '" + CASE + "', '" + at
                + "', 'mediator1', '" + kind + "', '" + summary + "')");
    }
}
