package ro.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The two database roles: the owner, as whom Flyway migrates (here the embedded server's
 * {@code postgres}), and the app role the API connects as, which owns nothing and gets its rights
 * from migration V5. Used by the tests' PostgreSQL and by the one {@code make run} starts.
 */
public final class DatabaseRoles {

    public static final String OWNER = "postgres";
    public static final String OWNER_PASSWORD = "postgres";
    public static final String APP = "ro_app";
    public static final String APP_PASSWORD = "ro_app";

    private DatabaseRoles() {
    }

    /** Creates the app role if it is missing (and sets its password), as a role that may create roles. */
    public static void ensureAppRole(Connection owner, String role, String password) throws SQLException {
        String name = role.replace("\"", "\"\"");
        String secret = password.replace("'", "''");
        try (Statement s = owner.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role.replace("'", "''")
                    + "') then create role \"" + name + "\" login; end if; end $$");
            s.execute("alter role \"" + name + "\" with login nosuperuser nocreatedb nocreaterole noinherit password '"
                    + secret + "'");
        }
    }

    /**
     * A connection as the owner to the test database, for what only someone with direct database
     * access could do (tampering, or checking that a trigger holds even for the owner).
     */
    public static Connection asOwner() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    /** A connection as the app role, exactly as the API connects. */
    public static Connection asApp() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
