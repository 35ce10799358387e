package ro.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * A database of a migration test's own, migrated by the owner as in a deployment (granting the app role,
 * V5) up to a version, filled by the test as the data stood then, migrated on, and dropped.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    private MigratedDatabase(String name) {
        this.name = name;
        this.url = config("quarkus.datasource.jdbc.url").replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** A new, empty database named after its prefix. */
    public static MigratedDatabase create(String prefix) throws SQLException {
        MigratedDatabase db = new MigratedDatabase(prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
        try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db.name);
        }
        return db;
    }

    /** Migrates up to this version ("latest" for all). */
    public MigratedDatabase migrateTo(String target) {
        Flyway.configure().dataSource(url, config("quarkus.flyway.username"), config("quarkus.flyway.password"))
                .locations("classpath:db/migration").placeholders(Map.of("app_role", config("quarkus.datasource.username")))
                .target(target).load().migrate();
        return this;
    }

    /** A connection as the owner. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, config("quarkus.flyway.username"), config("quarkus.flyway.password"));
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
