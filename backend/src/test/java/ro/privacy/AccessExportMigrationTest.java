package ro.privacy;

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
 * V22 on the timeline kept before it: a past withdrawal or rejoin learns its participant from the name its
 * summary holds, among the participants of its case (and of its side, when known); any other event, and one
 * whose name matches nobody of the case, names no one. Run on a database of its own, migrated to V17, filled,
 * then migrated on.
 */
@QuarkusTest
class AccessExportMigrationTest {

    private static final String CASE = UUID.randomUUID().toString();
    private static final String HARMED = UUID.randomUUID().toString();
    private static final String OFFENDER = UUID.randomUUID().toString();
    private static final String OUTSIDER = UUID.randomUUID().toString();
    private static final char SEPARATOR = '\u001f';

    @Test
    void past_withdrawals_and_rejoins_name_their_participant() throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.create("v22").migrateTo("17")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                participant(s, HARMED, "VICTIM", "Anne", "Brun");
                participant(s, OFFENDER, "OFFENDER", "Carl", "Dion");
                participant(s, OUTSIDER, "VICTIM", "Eve", "Fox");
                s.execute("INSERT INTO case_file (id, stage, opened_at, opened_by, version, updated_at) VALUES ('" + CASE
                        + "', 'DIALOGUE', '2025-01-01T00:00:00Z', 'x', 0, now())");
                s.execute("INSERT INTO case_participant VALUES ('" + CASE + "', '" + HARMED + "', 'HARMED', 'ACTIVE', '2025-03-01T10:00:00Z')");
                s.execute("INSERT INTO case_participant VALUES ('" + CASE + "', '" + OFFENDER + "', 'OFFENDER', 'WITHDRAWN', '2025-03-02T10:00:00Z')");
                event(s, "WITHDRAWN", "2025-02-10T00:00:00Z", "Anne Brun", "'HARMED'");
                event(s, "REJOINED", "2025-03-01T10:00:00Z", "Anne Brun", "NULL");
                event(s, "WITHDRAWN", "2025-03-02T10:00:00Z", "Carl Dion", "NULL");
                event(s, "WITHDRAWN", "2025-03-03T10:00:00Z", "Eve Fox", "NULL");
                event(s, "CONSENT", "2025-03-04T10:00:00Z", "Anne Brun", "NULL");
            }
            db.migrateTo("latest");
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT kind, participant_id FROM case_event WHERE case_id = '" + CASE + "' ORDER BY at")) {
                StringBuilder found = new StringBuilder();
                while (rs.next()) {
                    found.append(rs.getString(1)).append('/').append(rs.getString(2)).append(' ');
                }
                assertThat(found.toString().strip()).isEqualTo("WITHDRAWN/" + HARMED + " REJOINED/" + HARMED + " WITHDRAWN/" + OFFENDER
                        + " WITHDRAWN/null CONSENT/null");
            }
        }
    }

    private static void participant(Statement s, String id, String kind, String first, String last) throws SQLException {
        String number = kind.equals("OFFENDER") ? "'T" + id.substring(0, 8).toUpperCase().replaceAll("[^A-Z0-9]", "0") + "', 'Collins Bay'" : "NULL, NULL";
        s.execute("INSERT INTO participant (id, kind, first_name, last_name, preferred_language, offender_number, institution, search_key,"
                + " version, created_at, updated_at, created_by) VALUES ('" + id + "', '" + kind + "', '" + first + "', '" + last + "', 'EN', "
                + number + ", 'k', 0, now(), now(), 'x')");
    }

    private static void event(Statement s, String kind, String at, String name, String side) throws SQLException {
        s.execute("INSERT INTO case_event (id, case_id, at, actor, kind, summary, side) VALUES ('" + UUID.randomUUID() + "', '" + CASE + "', '"
                + at + "', 'mediator1', '" + kind + "', 'timeline." + kind + SEPARATOR + name + "', " + side + ")");
    }
}
