package ro.casefile;

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
 * V19 on the cases opened before it: each participant joined when their case opened, added by nobody
 * (they came with its referrals), supporting no one. Run on a database of its own, migrated to V17 (the one before it on main),
 * filled, then migrated on.
 */
@QuarkusTest
class LateJoinersMigrationTest {

    private static final String CASE = UUID.randomUUID().toString();
    private static final String HARMED = UUID.randomUUID().toString();

    @Test
    void participants_of_cases_opened_before_joined_when_their_case_opened() throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.create("v19").migrateTo("17")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO participant (id, kind, first_name, last_name, preferred_language, search_key, version, created_at,"
                        + " updated_at, created_by) VALUES ('" + HARMED + "', 'VICTIM', 'A', 'B', 'EN', 'a b', 0, now(), now(), 'x')");
                s.execute("INSERT INTO case_file (id, stage, opened_at, opened_by, version, updated_at) VALUES ('" + CASE
                        + "', 'DIALOGUE', '2025-01-01T09:30:00Z', 'x', 0, now())");
                s.execute("INSERT INTO case_participant VALUES ('" + CASE + "', '" + HARMED + "', 'HARMED', 'WITHDRAWN', '2025-03-01T10:00:00Z')");
            }
            db.migrateTo("latest");
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT joined_at = '2025-01-01T09:30:00Z'::timestamptz, added_by, supports_participant_id"
                            + " FROM case_participant WHERE case_id = '" + CASE + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("joined when the case opened").isTrue();
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getString(3)).isNull();
            }
        }
    }
}
