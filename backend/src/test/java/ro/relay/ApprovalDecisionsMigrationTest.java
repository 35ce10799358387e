package ro.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;



import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import ro.testing.DatabaseRoles;
import org.junit.jupiter.api.Test;

/**
 * V8 on messages approved before it: each keeps relaying what its recipient copy gave (the redacted version of a
 * part when there was one, else the original), now as a recorded decision; an approved part left undecided is
 * refused by the database from then on. Run on a database of its own, migrated to V4, filled, then migrated on.
 */
@QuarkusTest
class ApprovalDecisionsMigrationTest {

    private static final String CASE = UUID.randomUUID().toString();
    private static final String AUTHOR = UUID.randomUUID().toString();
    private static final String RECIPIENT = UUID.randomUUID().toString();
    private static final String FILE = UUID.randomUUID().toString();
    private static final String REDACTED_FILE = UUID.randomUUID().toString();

    private static String url(String database) {
        String url = config("jdbc.url");
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue("quarkus.datasource." + key, String.class);
    }

    private static String owner(String key) {
        return ConfigProvider.getConfig().getValue("quarkus.flyway." + key, String.class);
    }

    private static Flyway flyway(String url, String target) {
        // As the migrations run in a deployment: by the owner, granting the app role (V5).
        return Flyway.configure().dataSource(url, owner("username"), owner("password")).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", config("username"))).target(target).load();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, owner("username"), owner("password"));
    }

    private static String message(String state, String text, String file, String redactedText, String redactedFile) {
        String id = UUID.randomUUID().toString();
        return id + "|INSERT INTO message (id, case_id, kind, author_id, recipient_id, state, original_text, original_file_id, redacted_text,"
                + " redacted_file_id, held, version, created_at, created_by, updated_at) VALUES ('" + id + "', '" + CASE + "', 'LETTER', '"
                + AUTHOR + "', '" + RECIPIENT + "', '" + state + "', " + literal(text) + ", " + literal(file) + ", " + literal(redactedText)
                + ", " + literal(redactedFile) + ", false, 1, now(), 'mediator1', now())";
    }

    private static String literal(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    @Test
    void messages_approved_before_keep_relaying_what_they_relayed_now_as_recorded_decisions() throws SQLException {
        String database = "v8_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = url(database);
        flyway(url, "4").migrate();
        Map<String, String> rows = new HashMap<>();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO participant (id, kind, first_name, last_name, preferred_language, search_key, version, created_at, updated_at,"
                    + " created_by) VALUES ('" + AUTHOR + "', 'VICTIM', 'A', 'B', 'EN', 'a b', 0, now(), now(), 'x'), ('" + RECIPIENT
                    + "', 'VICTIM', 'C', 'D', 'EN', 'c d', 0, now(), now(), 'x')");
            s.execute("INSERT INTO case_file (id, stage, opened_at, opened_by, version, updated_at) VALUES ('" + CASE
                    + "', 'DIALOGUE', now(), 'x', 0, now())");
            for (String f : new String[] { FILE, REDACTED_FILE }) {
                s.execute("INSERT INTO stored_file VALUES ('" + f + "', '" + CASE + "', 'image/png', 1, '" + "0".repeat(64) + "', '" + f
                        + "', now(), 'x')");
            }
            Map<String, String> inserts = Map.of(
                    "scan redacted, text as it was", message("APPROVED", "Original words", FILE, null, REDACTED_FILE),
                    "text redacted, scan as it was", message("DELIVERED", "Original words", FILE, "Redacted words", null),
                    "text only, as it was", message("ACKNOWLEDGED", "Original words", null, null, null),
                    "in review", message("IN_REVIEW", "Original words", FILE, null, null));
            for (var e : inserts.entrySet()) {
                String[] idAndSql = e.getValue().split("\\|", 2);
                rows.put(e.getKey(), idAndSql[0]);
                s.execute(idAndSql[1]);
            }
        }
        flyway(url, "latest").migrate();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            assertThat(decisions(s, rows.get("scan redacted, text as it was"))).isEqualTo("AS_IS/REDACTED");
            assertThat(decisions(s, rows.get("text redacted, scan as it was"))).isEqualTo("REDACTED/AS_IS");
            assertThat(decisions(s, rows.get("text only, as it was"))).isEqualTo("AS_IS/null");
            assertThat(decisions(s, rows.get("in review"))).isEqualTo("null/null");
            assertThatThrownBy(() -> s.execute("UPDATE message SET state = 'APPROVED' WHERE id = '" + rows.get("in review") + "'"))
                    .hasMessageContaining("approved_parts_decided");
        } finally {
            try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static String decisions(Statement s, String id) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT text_decision, file_decision FROM message WHERE id = '" + id + "'")) {
            rs.next();
            return rs.getString(1) + "/" + rs.getString(2);
        }
    }
}
