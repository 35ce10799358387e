package ro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 for the tests, started from the binaries on the test class path, on a free
 * port with its own throw-away data. Flyway migrates as the owner ({@code postgres}); the API connects as
 * the app role {@code ro_app}, created here, which owns nothing (see migration V5).
 * <p>
 * {@code RO_TEST_JDBC_URL} points the tests at another PostgreSQL instead: {@code RO_TEST_DB_USER} and
 * {@code RO_TEST_DB_PASSWORD} are the owner (default postgres/postgres), who must be able to create
 * roles or find the app role {@code RO_TEST_DB_APP_USER} (default ro_app, password
 * {@code RO_TEST_DB_APP_PASSWORD}, default ro_app) already there.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        var env = System.getenv();
        String external = env.get("RO_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return roles(external, env.getOrDefault("RO_TEST_DB_USER", DatabaseRoles.OWNER),
                    env.getOrDefault("RO_TEST_DB_PASSWORD", DatabaseRoles.OWNER_PASSWORD),
                    env.getOrDefault("RO_TEST_DB_APP_USER", DatabaseRoles.APP),
                    env.getOrDefault("RO_TEST_DB_APP_PASSWORD", DatabaseRoles.APP_PASSWORD));
        }
        try {
            Path data = Files.createTempDirectory("ro-test-pg");
            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        // No user in the URL: the driver would prefer it to the datasource's username.
        return roles("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", DatabaseRoles.OWNER,
                DatabaseRoles.OWNER_PASSWORD, DatabaseRoles.APP, DatabaseRoles.APP_PASSWORD);
    }

    private static Map<String, String> roles(String url, String owner, String ownerPassword, String app, String appPassword) {
        try (Connection c = DriverManager.getConnection(url, owner, ownerPassword)) {
            DatabaseRoles.ensureAppRole(c, app, appPassword);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the app role " + app + " as " + owner, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", app,
                "quarkus.datasource.password", appPassword,
                "quarkus.flyway.username", owner,
                "quarkus.flyway.password", ownerPassword);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
