package ro.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ro.testing.DatabaseRoles;
import ro.testing.Tokens;

/**
 * The packaged API ({@code target/quarkus-app/quarkus-run.jar}, system property {@code ro.cluster.jar})
 * run as an OS process, configured as the end-to-end step of scripts/test.sh runs it: the datasource as
 * the app role, Flyway as the owner, OIDC at the tests' Keycloak, the development file key, demo data.
 * Its log goes to {@code target/cluster-logs/<name>.log} (appended on each start).
 */
public final class ApiProcess implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> env = new HashMap<>();
    private Process process;

    /**
     * @param storage the message files' directory: one of its own, or one shared with other instances
     * @param extraEnv more environment (or overrides), e.g. rate limits or a shutdown timeout
     */
    public ApiProcess(String name, int port, ClusterDatabase database, Path storage, Map<String, String> extraEnv) {
        this.name = name;
        this.port = port;
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", DatabaseRoles.APP);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DatabaseRoles.APP_PASSWORD);
        env.put("QUARKUS_FLYWAY_USERNAME", DatabaseRoles.OWNER);
        env.put("QUARKUS_FLYWAY_PASSWORD", DatabaseRoles.OWNER_PASSWORD);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", Tokens.keycloak() + "/realms/ro");
        env.put("RO_DEMO_DATA", "true");
        env.put("RO_STAFF_DIRECTORY_CLIENT_SECRET", "ro-api-dev-secret");
        env.put("RO_RELAY_STORAGE_DIR", storage.toAbsolutePath().toString());
        env.put("RO_FILES_KEYS", "demo:xr9BFAx1nKvI2A3TBGLMsJwQ4XuNXYzAobKxa5VyzHU=");
        env.put("RO_FILES_CURRENT_KEY", "demo");
        env.put("RO_AUDIT_SIGNING_KEY", "MC4CAQAwBQYDK2VwBCIEINDRFHhidTKfLVTI4D3t7qZMBMsp9HpeV5MjqXBvbD2s");
        env.put("RO_NOTIFICATIONS_ENABLED", "false");
        env.putAll(extraEnv);
    }

    /** Starts the process and returns once it answers ready. */
    public ApiProcess start() {
        launch();
        awaitReady();
        return this;
    }

    /** Starts the process without waiting. */
    public synchronized void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        Path log = log();
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar().toString());
            builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("RO_"));
            builder.environment().putAll(env);
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until /q/health/ready answers 200; fails if the process ends or takes too long. */
    public void awaitReady() {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + " before it was ready; see " + log());
            }
            if (readyStatus() == 200) {
                return;
            }
            pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " was not ready within " + READY + "; see " + log());
    }

    /** The status /q/health/ready answers now, or -1 when nothing answers. */
    public int readyStatus() {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the process shuts down gracefully; see {@link #waitForExit}. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit code; fails if it is still running after the wait. */
    public int waitForExit(Duration wait) {
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still runs after " + wait);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills the process if it is running, then starts it again and waits until it is ready. */
    public ApiProcess restart() {
        if (process != null && process.isAlive()) {
            kill();
        }
        return start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return Path.of("target", "cluster-logs", name + ".log");
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("ro.cluster.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged API at " + jar.toAbsolutePath() + ": run mvn verify (or package)");
        }
        return jar;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
