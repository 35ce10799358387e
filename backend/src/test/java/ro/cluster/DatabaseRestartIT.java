package ro.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Callers;

/**
 * PostgreSQL stopped and started again under load: the API says it is not ready while the database is
 * away, answers 503 problem+json rather than hanging, is ready and writes again within 5 s of the
 * database's return without being restarted, and loses no write it answered 2xx.
 */
class DatabaseRestartIT {

    static final Duration RECOVERY = Duration.ofSeconds(5);

    @Test
    void a_database_restart_under_load_loses_no_acknowledged_write_and_the_api_recovers_by_itself() throws Exception {
        var files = Files.createTempDirectory("ro-cluster-files");
        var highLimits = Map.of("RO_RATE_LIMIT_CALLER_WRITES", "1000000", "RO_RATE_LIMIT_ADDRESS_WRITES", "1000000");
        try (var database = ClusterDatabase.create();
                var api = new ApiProcess("db-restart", 18104, database, files, highLimits).start()) {
            var load = new Load(api, 3);
            try {
                load.awaitAcknowledged(10);
                database.stop();
                awaitReadyStatus(api, 503);
                Response during = write(api);
                during.then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", notNullValue()).body("type", equalTo("/problems/service-unavailable"));
                long acknowledgedBeforeReturn = load.acknowledged.size();

                database.start();
                long back = System.nanoTime();
                awaitReadyStatus(api, 200);
                write(api).then().statusCode(201);
                Duration recovered = Duration.ofNanos(System.nanoTime() - back);
                System.out.printf("DatabaseRestartIT: ready and writing again %d ms after the database's return%n", recovered.toMillis());
                assertThat(recovered).as("ready and writing again after the return").isLessThan(RECOVERY);
                load.awaitAcknowledged(acknowledgedBeforeReturn + 10);
            } finally {
                load.stop();
            }
            assertThat(api.isAlive()).isTrue();
            assertThat(load.statuses).contains(201, 503).isSubsetOf(201, 503);
            String[] ids = load.acknowledged.toArray(String[]::new);
            assertThat(database.number("select count(*) from participant where id::text = any(?)", (Object) ids))
                    .as("every write answered 201 is in the database").isEqualTo(ids.length);
            database.awaitAuditSealed();
            Callers.as("auditor1").baseUri(api.baseUrl()).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(true));
        }
    }

    /** Polls readiness until it answers this status; the database's start or stop is what it waits on. */
    private static void awaitReadyStatus(ApiProcess api, int status) {
        for (int i = 0; i < 300; i++) {
            if (api.readyStatus() == status) {
                return;
            }
            ApiProcess.pause(Duration.ofMillis(50));
        }
        throw new AssertionError("readiness never answered " + status);
    }

    private static Response write(ApiProcess api) {
        return Callers.coordinator().baseUri(api.baseUrl()).body(victim("Load", unique("Restart"))).post("/api/participants");
    }

    /** A few threads creating participants back to back, keeping every id answered 201 and every status seen. */
    static final class Load {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool;
        private final List<Future<?>> workers = new ArrayList<>();

        Load(ApiProcess api, int threads) {
            pool = Executors.newFixedThreadPool(threads);
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        Response answer = write(api);
                        statuses.add(answer.statusCode());
                        if (answer.statusCode() == 201) {
                            acknowledged.add(answer.path("id"));
                        }
                        ApiProcess.pause(Duration.ofMillis(20));
                    }
                    return null;
                }));
            }
        }

        void awaitAcknowledged(long count) {
            for (int i = 0; i < 600 && acknowledged.size() < count; i++) {
                ApiProcess.pause(Duration.ofMillis(50));
            }
            assertThat(acknowledged.size()).as("writes acknowledged").isGreaterThanOrEqualTo((int) count);
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
        }
    }
}
