package ro.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ro.testing.DatabaseRoles;

/**
 * A real PostgreSQL 17 for the multi-process tests, on a port and a data directory of its own that
 * survive {@link #stop()}: {@link #start()} brings the same database back on the same port, as a
 * database server restarted under a running API. The app role is made as for the API tests
 * ({@link DatabaseRoles}); commits are synchronous, as in a deployment, so a stop loses nothing
 * that was committed.
 */
public final class ClusterDatabase implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres postgres;

    private ClusterDatabase(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /** A new, empty database on a free port, started, with the app role. */
    public static ClusterDatabase create() {
        try {
            var database = new ClusterDatabase(Files.createTempDirectory("ro-cluster-pg").resolve("data"), freePort());
            database.start();
            try (Connection c = database.asOwner()) {
                DatabaseRoles.ensureAppRole(c, DatabaseRoles.APP, DatabaseRoles.APP_PASSWORD);
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the app role", e);
        }
    }

    /** Starts the server on its port and data (again, after {@link #stop()}); returns once it takes connections. */
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("synchronous_commit", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended); its data stays for {@link #start()}. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    public int port() {
        return port;
    }

    /** No user in the URL: the driver would prefer it to the datasource's username. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** A connection as the owner, for the tests' assertions. */
    public Connection asOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), DatabaseRoles.OWNER, DatabaseRoles.OWNER_PASSWORD);
    }

    /** The one number a query answers (a count, a max), as the owner. */
    public long number(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }

    /** The one value a query answers (null when it finds no row), as the owner. */
    public Object value(String sql, Object... parameters) {
        try (Connection c = asOwner(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Waits until the audit sealer (of any instance) has chained every committed audit entry. */
    public void awaitAuditSealed() {
        for (int i = 0; i < 150; i++) {
            if (number("select count(*) from audit_entry e where not exists (select from audit_seal s where s.entry_seq = e.seq)") == 0) {
                return;
            }
            ApiProcess.pause(java.time.Duration.ofMillis(100));
        }
        throw new AssertionError("the audit entries were not all sealed within 15 s");
    }

    /** Stops the server and removes its data. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(data.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
