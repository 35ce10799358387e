package ro.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import ro.testing.DatabaseRoles;
import ro.testing.References;

/**
 * V11 on records written before it: free text that names an institution or a region (either language,
 * any case, spaces trimmed) now points to it, other text stays as recorded, and a referral takes its
 * offender's institution's region. Run on a database of its own, migrated to V10, filled, then migrated on.
 */
@QuarkusTest
class ReferenceDataMigrationTest {

    private static final String MATCHED = UUID.randomUUID().toString();
    private static final String UNMATCHED = UUID.randomUUID().toString();
    private static final String REFERRAL = UUID.randomUUID().toString();

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, config("quarkus.flyway.username"), config("quarkus.flyway.password"))
                .locations("classpath:db/migration").placeholders(Map.of("app_role", config("quarkus.datasource.username")))
                .target(target).load();
    }

    private static String offender(String id, String number, String institution) {
        return "('" + id + "', 'OFFENDER', 'A', 'B', 'EN', '" + number + "', '" + institution + "', 'a b', 0, now(), now(), 'x')";
    }

    @Test
    void free_text_naming_an_institution_or_region_points_to_it_and_the_rest_stays_as_recorded() throws SQLException {
        String database = "v11_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = config("quarkus.datasource.jdbc.url").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try {
            flyway(url, "10").migrate();
            try (Connection c = DriverManager.getConnection(url, config("quarkus.flyway.username"), config("quarkus.flyway.password"));
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO participant (id, kind, first_name, last_name, preferred_language, offender_number, institution,"
                        + " search_key, version, created_at, updated_at, created_by) VALUES " + offender(MATCHED, "MIG001", "  collins bay INSTITUTION ")
                        + ", " + offender(UNMATCHED, "MIG002", "Joyceville"));
                s.execute("INSERT INTO referral (id, source, state, offender_id, offender_number, referring_staff, staff_supports,"
                        + " offender_takes_responsibility, submitted_by_subject, version, created_at, updated_at) VALUES ('" + REFERRAL
                        + "', 'STAFF', 'SUBMITTED', '" + MATCHED + "', 'MIG001', 'staff1', true, true, 'sub', 0, now(), now())");
                s.execute("INSERT INTO mediator VALUES ('mig1', 'M', 'FR', 'québec', true, 0, now(), now()),"
                        + " ('mig2', 'N', 'EN', 'Montréal', true, 0, now(), now())");
            }
            flyway(url, "latest").migrate();
            try (Connection c = DriverManager.getConnection(url, config("quarkus.flyway.username"), config("quarkus.flyway.password"));
                    Statement s = c.createStatement()) {
                assertThat(text(s, "SELECT institution_id || '/' || institution FROM participant WHERE id = '" + MATCHED + "'"))
                        .isEqualTo(References.COLLINS_BAY + "/  collins bay INSTITUTION ");
                assertThat(text(s, "SELECT coalesce(institution_id::text, 'none') || '/' || institution FROM participant WHERE id = '" + UNMATCHED + "'"))
                        .isEqualTo("none/Joyceville");
                assertThat(text(s, "SELECT region_id FROM referral WHERE id = '" + REFERRAL + "'")).isEqualTo(References.ONTARIO);
                assertThat(text(s, "SELECT string_agg(username || '=' || coalesce(r.code, 'none'), ',' ORDER BY username) FROM mediator m"
                        + " LEFT JOIN region r ON r.id = m.region_id")).isEqualTo("mig1=QUEBEC,mig2=none");
            }
        } finally {
            try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
