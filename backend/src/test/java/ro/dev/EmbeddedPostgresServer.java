package ro.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ro.testing.DatabaseRoles;

/**
 * Runs the embedded PostgreSQL 17 for {@code make run} (and the end-to-end tests) on a fixed port
 * with a kept data folder, until the process is stopped. Usage: {@code EmbeddedPostgresServer PORT DATA_DIR}.
 * Creates the database {@code ro} and the API's app role {@code ro_app} when they are missing, so a
 * data folder made before the app role existed works too (Flyway, as {@code postgres}, then grants it).
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'ro'")) {
            if (!rs.next()) {
                s.execute("create database ro");
            }
            DatabaseRoles.ensureAppRole(c, DatabaseRoles.APP, DatabaseRoles.APP_PASSWORD);
        }
        System.out.println("PostgreSQL ready on port " + port + ", database ro, data in " + data);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }
}
