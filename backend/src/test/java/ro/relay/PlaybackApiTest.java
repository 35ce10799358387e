package ro.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.TestClock;

/** Video played under a playback grant: byte ranges without the bearer token, one use of the code, then its session. */
@QuarkusTest
class PlaybackApiTest {

    @Inject
    DataSource db;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An MP4 by its signature, over several 64 KiB chunks of storage. */
    static byte[] mp4(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i % 253);
        }
        System.arraycopy("ftypisom".getBytes(StandardCharsets.US_ASCII), 0, b, 4, 8);
        return b;
    }

    record Video(OpenedCase c, String message, String file, byte[] bytes) {
        String grantPath() {
            return "/api/cases/" + c.id() + "/messages/" + message + "/files/" + file + "/playback";
        }
    }

    static Video video(OpenedCase c) {
        String id = as("mediator1").body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        byte[] bytes = mp4(200_000);
        String file = RelayApiTest.upload(c, id, "original", bytes, "video/mp4").then().statusCode(200).extract().path("originalFile.id");
        return new Video(c, id, file, bytes);
    }

    private static String grant(String who, Video v) {
        return as(who).post(v.grantPath()).then().statusCode(201).extract().path("url");
    }

    private long audited(String action, Video v) {
        return Database.count(db, "select count(*) from audit_entry where action = '" + action + "' and resource_id = '" + v.message() + "'");
    }

    @Test
    void a_grant_serves_byte_ranges_without_the_token_its_code_once_then_its_session_cookie() {
        Video v = video(RelayApiTest.dialogue());
        String url = grant("mediator1", v);
        assertThat(url).startsWith("/api/playback/");
        String code = url.substring("/api/playback/".length());

        Response first = given().header("Range", "bytes=70000-70099").get(url);
        first.then().statusCode(206).header("Content-Range", "bytes 70000-70099/200000").header("Content-Type", "video/mp4");
        assertThat(first.asByteArray()).isEqualTo(Arrays.copyOfRange(v.bytes(), 70000, 70100));
        String setCookie = first.getHeader("Set-Cookie");
        assertThat(setCookie).contains("ro_playback=", "Path=" + url, "HttpOnly", "Secure", "SameSite=Strict");
        String session = first.getCookie("ro_playback");

        byte[] tail = given().cookie("ro_playback", session).header("Range", "bytes=199990-").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 199990-199999/200000").extract().asByteArray();
        assertThat(tail).isEqualTo(Arrays.copyOfRange(v.bytes(), 199990, 200000));
        given().cookie("ro_playback", session).get(url).then().statusCode(200).header("Accept-Ranges", "bytes");
        given().cookie("ro_playback", session).header("Range", "bytes=10-").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 10-199999/200000");

        // the code was used: without the session, or with a made-up one, it opens nothing, and says nothing of why
        String refused = given().header("Range", "bytes=0-9").get(url).then().statusCode(404).extract().asString();
        assertThat(refused).doesNotContain(code);
        given().cookie("ro_playback", "guessed").get(url).then().statusCode(404);
        given().get("/api/playback/not-a-code").then().statusCode(404);

        // the grant and the start are audited, not each range; neither names the code or the session
        assertThat(audited("PLAYBACK_GRANT", v)).isEqualTo(1);
        assertThat(audited("PLAYBACK_START", v)).isEqualTo(1);
        assertThat(Database.text(db, "select username from audit_entry where action = 'PLAYBACK_START' and resource_id = '" + v.message() + "'"))
                .isEqualTo("mediator1");
        assertThat(Database.count(db, "select count(*) from audit_entry where details like '%" + code + "%' or details like '%" + session + "%'"))
                .isZero();
        assertThat(Database.count(db, "select count(*) from playback_grant where code_hash = '" + code + "' or session_hash = '" + session + "'"))
                .as("only hashes are stored").isZero();
    }

    @Test
    void an_open_range_is_answered_in_parts_of_at_most_4_mib() {
        OpenedCase c = RelayApiTest.dialogue();
        String id = as("mediator1").body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        byte[] bytes = mp4(5 * 1024 * 1024);
        String file = RelayApiTest.upload(c, id, "original", bytes, "video/mp4").then().statusCode(200).extract().path("originalFile.id");
        Video v = new Video(c, id, file, bytes);
        String url = grant("mediator1", v);
        byte[] part = given().header("Range", "bytes=100-").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 100-4194403/5242880").extract().asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(bytes, 100, 4194404));
    }

    @Test
    void an_unused_code_expires_after_a_minute_and_a_session_after_ten() {
        Video v = video(RelayApiTest.dialogue());
        String late = grant("mediator1", v);
        clock.advance(Duration.ofSeconds(61));
        given().get(late).then().statusCode(404);

        String url = grant("mediator1", v);
        String session = given().get(url).then().statusCode(200).extract().cookie("ro_playback");
        clock.advance(Duration.ofMinutes(9));
        given().cookie("ro_playback", session).header("Range", "bytes=0-0").get(url).then().statusCode(206);
        clock.advance(Duration.ofMinutes(2));
        given().cookie("ro_playback", session).header("Range", "bytes=0-0").get(url).then().statusCode(404);
    }

    @Test
    void a_grant_is_bound_to_its_file_and_its_caller() {
        OpenedCase c = RelayApiTest.dialogue();
        Video v = video(c);
        Video other = video(c);
        String url = grant("mediator1", v);
        String session = given().get(url).then().statusCode(200).extract().cookie("ro_playback");
        String otherUrl = grant("mediator1", other);
        given().get(otherUrl).then().statusCode(200);
        // the session of one grant does not open another's file
        given().cookie("ro_playback", session).get(otherUrl).then().statusCode(404);

        // a request with someone else's token is not the grant's caller
        String coordinators = grant("coordinator1", v);
        as("mediator1").header("Range", "bytes=0-0").get(coordinators).then().statusCode(404);
        as("coordinator1").header("Range", "bytes=0-0").get(coordinators).then().statusCode(206);

        // the same access rule as reading the file: a mediator not on the case gets 404, a scan is not a video
        as("mediator2").post(v.grantPath()).then().statusCode(404);
        String letter = RelayApiTest.letter(c, null);
        byte[] pdf = "%PDF-1.4 a scanned letter".getBytes(StandardCharsets.US_ASCII);
        String scan = RelayApiTest.upload(c, letter, "original", pdf, "application/pdf").then().statusCode(200).extract().path("originalFile.id");
        as("mediator1").post("/api/cases/" + c.id() + "/messages/" + letter + "/files/" + scan + "/playback").then().statusCode(409)
                .body("type", equalTo("/problems/playback-not-video"));
        as("mediator1").post("/api/cases/" + c.id() + "/messages/" + letter + "/files/" + v.file() + "/playback").then().statusCode(404);
    }

    @Test
    void a_mediator_taken_off_the_case_loses_the_video_at_the_next_range() {
        OpenedCase c = RelayApiTest.dialogue();
        Video v = video(c);
        String url = grant("mediator1", v);
        String session = given().header("Range", "bytes=0-99").get(url).then().statusCode(206).extract().cookie("ro_playback");
        String unused = grant("mediator1", v);
        coordinator().body(Map.of("mediators", List.of("mediator2"))).put("/api/cases/" + c.id() + "/mediators").then().statusCode(200);
        given().cookie("ro_playback", session).header("Range", "bytes=100-199").get(url).then().statusCode(404);
        given().get(unused).then().statusCode(404);
    }
}
