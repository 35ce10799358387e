package ro.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Callers;
import ro.testing.Cases;
import ro.testing.Participants;
import ro.testing.Scans;
import ro.testing.Tokens;

/**
 * SIGTERM while a slow upload is in flight: readiness goes DOWN at once, the upload finishes with 200
 * and its record and file are kept, a request arriving while it waits for the upload is done whole or
 * not at all, and the process ends within the shutdown delay and timeout.
 */
class GracefulShutdownIT {

    static final Duration DELAY = Duration.ofSeconds(2);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int SIZE = 600_000;
    static final int CHUNKS = 12;

    @Test
    void a_sigterm_lets_a_slow_upload_in_flight_finish_and_keeps_it() throws Exception {
        Path files = Files.createTempDirectory("ro-cluster-files");
        try (var database = ClusterDatabase.create();
                var api = new ApiProcess("shutdown", 18105, database, files, Map.of(
                        "QUARKUS_SHUTDOWN_DELAY", DELAY.toSeconds() + "S", "QUARKUS_SHUTDOWN_TIMEOUT", TIMEOUT.toSeconds() + "S")).start()) {
            Cases.OpenedCase opened;
            String message;
            RestAssured.baseURI = "http://localhost";
            RestAssured.port = 18105;
            try {
                opened = Cases.inDialogue("mediator1");
                Map<String, Object> letter = new HashMap<>(Map.of("kind", "LETTER", "authorId", opened.harmedPersonId(),
                        "recipientId", opened.offenderId()));
                letter.put("text", null);
                message = Callers.as("mediator1").body(letter).post("/api/cases/" + opened.id() + "/messages")
                        .then().statusCode(201).extract().path("id");
            } finally {
                RestAssured.reset();
            }

            try (Socket socket = new Socket("localhost", 18105); OutputStream out = socket.getOutputStream()) {
                out.write(("POST /api/cases/" + opened.id() + "/messages/" + message + "/uploads/original HTTP/1.1\r\n"
                        + "Host: localhost\r\nAuthorization: Bearer " + Tokens.of("mediator1") + "\r\n"
                        + "Content-Type: application/octet-stream\r\nContent-Length: " + SIZE + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] body = Scans.png(SIZE);
                int chunk = SIZE / CHUNKS;
                out.write(body, 0, chunk);
                out.flush();

                api.terminate();
                awaitNotReady(api);
                CompletableFuture<Response> arriving = null;
                for (int i = 1; i < CHUNKS; i++) {
                    ApiProcess.pause(Duration.ofMillis(400)); // the body takes longer than the delay: it is in flight when shutdown begins
                    if (i == CHUNKS - 2) { // after the delay, while the instance waits for the upload
                        arriving = CompletableFuture.supplyAsync(() -> newWrite(api));
                    }
                    out.write(body, i * chunk, i == CHUNKS - 1 ? SIZE - i * chunk : chunk);
                    out.flush();
                }

                var answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                assertThat(answer.readLine()).as("the upload's status line").isEqualTo("HTTP/1.1 200 OK");
                assertNothingHalfDone(database, arriving.join());
            }
            int exit = api.waitForExit(DELAY.plus(TIMEOUT).plusSeconds(10));
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(api.readyStatus()).as("nothing answers after the grace").isEqualTo(-1);

            Object key = database.value("select f.storage_key from message m join stored_file f on f.id = m.original_file_id"
                    + " where m.id = ?::uuid and f.size_bytes = ?", message, SIZE);
            assertThat(key).as("the uploaded file's record").isNotNull();
            assertThat(files.resolve((String) key)).as("the uploaded file").isRegularFile();
        }
    }

    /** A write that arrives while the API shuts down: answered 2xx and kept, or refused and absent. */
    private static Response newWrite(ApiProcess api) {
        try {
            return Callers.coordinator().baseUri(api.baseUrl()).body(Participants.victim("Late", "Arrival")).post("/api/participants");
        } catch (RuntimeException connectionRefused) {
            return null;
        }
    }

    private static void assertNothingHalfDone(ClusterDatabase database, Response late) {
        long kept = database.number("select count(*) from participant where last_name = 'Arrival'");
        System.out.printf("GracefulShutdownIT: a write arriving during the shutdown was answered %s%n",
                late == null ? "with no connection" : late.statusCode());
        if (late != null && late.statusCode() == 201) {
            assertThat(kept).isEqualTo(1);
        } else {
            assertThat(kept).as("a refused write (%s) leaves nothing", late == null ? "no connection" : late.statusCode()).isZero();
        }
    }

    private static void awaitNotReady(ApiProcess api) {
        for (int i = 0; i < 40; i++) {
            if (api.readyStatus() == 503) {
                return;
            }
            ApiProcess.pause(Duration.ofMillis(25));
        }
        throw new AssertionError("readiness still UP 1 s after SIGTERM");
    }
}
