package ro.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import ro.cluster.ChaosWorkload.Write;

/**
 * Issue 15, "Faults": the API is killed (SIGKILL) during a random write or upload, then restarted, round after round
 * ({@code ro.chaos.rounds}, 5 in {@code mvn verify}, 100 in {@code make chaos}; {@code ro.chaos.seed} replays a run;
 * {@code ro.chaos.storage=s3} keeps the files in S3, S3Proxy run by the test, instead of the directory).
 * Every ten rounds and at the end, the {@link Invariants} must hold; every write answered 2xx must be there; and once
 * an API with a short orphan sweep has run, no file in storage is without its row. The figures go to
 * target/chaos-report.txt.
 */
class ChaosIT {

    private static final int PORT = 18120;
    /** A process restarted a hundred times needs no optimising compiler: it starts ready sooner. */
    private static final Map<String, String> QUICK_START = Map.of("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    private static final Duration SWEEP_WAIT = Duration.ofSeconds(60);

    @AfterEach
    void forgetTheApi() {
        RestAssured.reset();
    }

    @Test
    void killed_during_random_writes_and_uploads_the_api_loses_nothing_answered_and_leaves_nothing_half_done() throws Exception {
        int rounds = Integer.getInteger("ro.chaos.rounds", 5);
        long seed = Long.getLong("ro.chaos.seed", System.nanoTime());
        Map<String, String> env = new HashMap<>(QUICK_START);
        try (var storage = ChaosStorage.of(System.getProperty("ro.chaos.storage", "directory")); var database = ClusterDatabase.create()) {
            env.putAll(storage.env());
            run(rounds, seed, storage, database, env);
        }
    }

    /** The rounds, the checks and the sweep, then the figures and the assertions. */
    private static void run(int rounds, long seed, ChaosStorage storage, ClusterDatabase database, Map<String, String> env) throws Exception {
        long started = System.nanoTime();
        var figures = new ChaosFigures();
        var answered = new AnsweredWrites();
        var tokens = new FreshTokens();
        try (var api = new ApiProcess("chaos", PORT, database, storage.directory(), env)) {
            var invariants = new Invariants(database, storage);
            figures.ready(timed(api::start));
            RestAssured.baseURI = "http://localhost";
            RestAssured.port = PORT;
            var workload = new ChaosWorkload(new Random(seed), database, tokens, storage.smallestUpload());
            workload.prepare();

            for (int round = 1; round <= rounds; round++) {
                Write write = workload.next(api.baseUrl());
                KilledWrite.Outcome outcome = send(write, workload, tokens, api);
                figures.round(write.kind(), outcome);
                workload.answered(write, outcome);
                if (outcome.succeeded()) {
                    answered.add(write.proof().apply(JsonPath.from(outcome.body())));
                }
                System.out.printf("  round %d/%d %-20s %s%n", round, rounds, write.kind(), outcome.describe());
                if (round < rounds) {
                    figures.ready(timed(api::start));
                    if (round % 10 == 0) {
                        figures.checked(invariants.check(api.baseUrl()));
                    }
                }
            }

            // the last restart is an API whose orphan sweep runs every two seconds (at start, then every period)
            int before = invariants.orphans().size();
            Map<String, String> sweeping = new HashMap<>(env);
            sweeping.put("RO_RELAY_ORPHAN_SWEEP", "PT2S");
            try (var sweeper = new ApiProcess("chaos-sweep", PORT, database, storage.directory(), sweeping)) {
                figures.ready(timed(sweeper::start));
                List<String> found = new ArrayList<>(invariants.check(sweeper.baseUrl()));
                found.addAll(answered.missing(database));
                figures.checked(found);
                List<String> after = new ArrayList<>(sweptOrphans(invariants));
                List<String> undated = storage.datesUnfinishedUploads() ? List.of()
                        : after.stream().filter(name -> name.endsWith(".partial")).toList();
                after.removeAll(undated);
                figures.orphans(before, after.size(), undated.size());
                List<String> report = figures.report(storage.name(), seed, invariants.auditEntries(), Duration.ofNanos(System.nanoTime() - started));
                ChaosFigures.write(report, Path.of("target", "chaos-report.txt"));

                assertThat(figures.breaches()).as("invariants after %d kills (seed %d)", rounds, seed).isEmpty();
                assertThat(after).as("files in storage without a row once the orphan sweep ran").isEmpty();
                assertThat(database.number("SELECT count(*) FROM audit_entry WHERE action = 'FILE_ORPHAN_REMOVED'"))
                        .as("each orphan's removal audited once").isEqualTo(before - undated.size());
            }
            theChecksSeeWhatTheyLookFor(database, invariants, storage);
        }
    }

    /**
     * The checks can fail: in a transaction rolled back after, a stage moved without its event and a case's opening
     * entry removed are found; so is a file dropped in storage without a row.
     */
    private static void theChecksSeeWhatTheyLookFor(ClusterDatabase database, Invariants invariants, ChaosStorage storage) throws Exception {
        try (Connection c = database.asOwner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE case_file SET stage = 'FOLLOW_UP' WHERE stage = 'DIALOGUE'");
                s.executeUpdate("DELETE FROM case_event WHERE kind = 'OPENED'");
                assertThat(Invariants.records(c)).anyMatch(b -> b.contains("a case whose stage is not its last stage event's"))
                        .anyMatch(b -> b.contains("a case without its OPENED timeline entry"));
            } finally {
                c.rollback();
            }
        }
        String stray = "stray-" + System.nanoTime();
        storage.put(stray, "no row names me".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(invariants.orphans()).contains(stray);
        storage.remove(stray);
    }

    /** Sends the write as its user and kills the API at a random moment of it (of an upload: mostly mid-body). */
    private static KilledWrite.Outcome send(Write write, ChaosWorkload workload, FreshTokens tokens, ApiProcess api) {
        Map<String, String> headers = new HashMap<>(write.headers());
        headers.put("Authorization", "Bearer " + tokens.of(write.user()));
        KilledWrite.KillPoint kill = write.pieces() > 1 ? workload.uploadKillPoint() : KilledWrite.KillPoint.after(workload.killDelay());
        return KilledWrite.send(api.baseUrl() + write.path(), write.method(), headers, write.body(), write.pieces(), Duration.ofMillis(25),
                kill, api::kill);
    }

    /** The orphans storage still holds once the sweep had a minute to remove them (none, when it works). */
    private static List<String> sweptOrphans(Invariants invariants) {
        long deadline = System.nanoTime() + SWEEP_WAIT.toNanos();
        List<String> orphans = invariants.orphans();
        while (!orphans.isEmpty() && System.nanoTime() < deadline) {
            ApiProcess.pause(Duration.ofMillis(500));
            orphans = invariants.orphans();
        }
        return orphans;
    }

    private static Duration timed(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
