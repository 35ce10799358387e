package ro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.as;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Database;
import ro.testing.Tokens;

/** A JSON body is at most 1 MB, whether it says its length or is chunked; only message files are larger. */
@QuarkusTest
class BodySizeTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    DataSource ds;

    /** A participant whose first name alone makes the body larger than 1 MB. */
    private static byte[] hugeParticipant() {
        String name = "A".repeat(RequestLimits.MAX_JSON_BYTES + 10);
        return ("{\"kind\":\"VICTIM\",\"firstName\":\"" + name + "\",\"lastName\":\"Big\",\"preferredLanguage\":\"EN\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String type) throws Exception {
        return post("coordinator1", path, body, type);
    }

    private static HttpResponse<String> post(String user, String path, HttpRequest.BodyPublisher body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + Tokens.of(user))
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long participants() {
        return Database.count(ds, "select count(*) from participant");
    }

    @Test
    void a_json_body_declaring_more_than_1_mb_is_refused_with_413_before_it_is_read() throws Exception {
        long before = participants();
        HttpResponse<String> response = post("/api/participants", HttpRequest.BodyPublishers.ofByteArray(hugeParticipant()),
                "application/json");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"/problems/payload-too-large\"").contains("\"status\":413");
        assertThat(participants()).isEqualTo(before);
    }

    @Test
    void a_chunked_json_body_is_cut_at_1_mb_with_413() throws Exception {
        long before = participants();
        byte[] huge = hugeParticipant();
        HttpResponse<String> response = post("/api/participants",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/payload-too-large");
        assertThat(participants()).isEqualTo(before);
    }

    @Test
    void a_chunked_json_body_under_the_limit_is_read_as_usual() throws Exception {
        byte[] small = ("{\"kind\":\"VICTIM\",\"firstName\":\"Chunk\",\"lastName\":\"Ed\",\"preferredLanguage\":\"EN\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("/api/participants",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)), "application/json");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"lastName\":\"Ed\"");
    }

    @Test
    void a_message_file_upload_still_takes_a_body_over_1_mb() throws Exception {
        Cases.OpenedCase c = Cases.inDialogue("mediator1");
        String video = as("mediator1").body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        byte[] webm = new byte[RequestLimits.MAX_JSON_BYTES + 500_000];
        webm[0] = 0x1A;
        webm[1] = 0x45;
        webm[2] = (byte) 0xDF;
        webm[3] = (byte) 0xA3;
        String path = "/api/cases/" + c.id() + "/messages/" + video + "/uploads/original";
        HttpResponse<String> response = post("mediator1", path, HttpRequest.BodyPublishers.ofByteArray(webm), "application/octet-stream");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("video/webm");
    }
}
