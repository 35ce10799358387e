package ro.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.Tokens;

@QuarkusTest
class RelayApiTest {

    private static final Path STORAGE = Path.of("target", "test-files");

    @Inject
    DataSource db;

    /** A case in DIALOGUE with letters, video and shuttle chosen, and the offender agreeing to letters. */
    static OpenedCase dialogue() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        coordinator().body(Map.of("ways", List.of("LETTERS", "VIDEO_MESSAGES", "SHUTTLE"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/consents").then().statusCode(200);
        return c;
    }

    static String letter(OpenedCase c, String text) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", c.offenderId()));
        body.put("text", text);
        return as("mediator1").body(body)
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
    }

    private static Response move(OpenedCase c, String id, String action, Object body) {
        String version = coordinator().get("/api/cases/" + c.id() + "/messages/" + id).path("version").toString();
        var spec = as("mediator1").header("If-Match", "\"" + version + "\"");
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.post("/api/cases/" + c.id() + "/messages/" + id + "/" + action);
    }

    private static String approvedLetter(OpenedCase c, String text, String redacted) {
        String id = letter(c, text);
        move(c, id, "submit", null).then().statusCode(200).body("state", equalTo("IN_REVIEW"));
        move(c, id, "approve", redacted == null ? Map.of("textDecision", "AS_IS") : Map.of("textDecision", "REDACTED", "redactedText", redacted)).then().statusCode(200)
                .body("state", equalTo("APPROVED"));
        return id;
    }

    static Response upload(OpenedCase c, String id, String role, byte[] bytes, String declaredType) {
        return as("mediator1").contentType(declaredType).body(bytes).post("/api/cases/" + c.id() + "/messages/" + id + "/uploads/" + role);
    }

    private static byte[] png(int size) {
        return ro.testing.Scans.png(size);
    }

    private static long storedFiles() throws IOException {
        if (!Files.exists(STORAGE)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(STORAGE)) {
            return files.count();
        }
    }

    @Test
    void a_letter_is_screened_approved_as_redacted_and_the_recipient_is_given_only_the_approved_version() {
        OpenedCase c = dialogue();
        String id = approvedLetter(c, "I know where you live on Maple Street. I want you to understand what you did.",
                "I want you to understand what you did.");
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(200).body("state", equalTo("DELIVERED"));
        String copy = as("mediator1").get("/api/cases/" + c.id() + "/messages/" + id + "/recipient-copy").then().statusCode(200)
                .body("text", equalTo("I want you to understand what you did.")).extract().asString();
        assertThat(copy).doesNotContain("Maple Street");
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + id).then().body("originalText", containsString("Maple Street"));
        move(c, id, "acknowledge", Map.of("authorMayKnow", false)).then().statusCode(200);
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + id + "/author-copy").then().body("status", equalTo("SENT"));

        String told = approvedLetter(c, "Thank you for reading this.", null);
        move(c, told, "deliver", Map.of("method", "IN_PERSON")).then().statusCode(200);
        move(c, told, "acknowledge", Map.of("authorMayKnow", true)).then().statusCode(200);
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + told + "/author-copy").then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void an_approved_letter_prints_for_mailing_with_its_fixed_text_in_the_recipients_language() throws Exception {
        OpenedCase c = dialogue();
        String toOffender = approvedLetter(c, "I live on Maple Street. I want you to understand.", "I want you to understand.");
        byte[] pdf = as("mediator1").accept("application/pdf").get("/api/cases/" + c.id() + "/messages/" + toOffender + "/letter.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String english = text(pdf);
        assertThat(english).contains("Restorative Opportunities program").contains("I want you to understand.")
                .doesNotContain("Maple Street").doesNotContain("Possibilités");

        String toVictim = as("mediator1").body(Map.of("kind", "LETTER", "authorId", c.offenderId(), "recipientId", c.harmedPersonId(),
                "text", "Je suis désolé pour ce que j'ai fait."))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        move(c, toVictim, "submit", null).then().statusCode(200);
        move(c, toVictim, "approve", Map.of("textDecision", "AS_IS")).then().statusCode(200);
        String french = text(as("mediator1").accept("application/pdf").get("/api/cases/" + c.id() + "/messages/" + toVictim + "/letter.pdf")
                .then().statusCode(200).extract().asByteArray());
        assertThat(french).contains("Possibilités de justice réparatrice").contains("Je suis désolé pour ce que j'ai fait.");

        String draft = letter(c, "Not yet screened");
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + draft + "/letter.pdf").then().statusCode(409);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void only_the_legal_moves_are_allowed_returned_messages_go_back_to_draft_and_withheld_ones_are_never_delivered() {
        OpenedCase c = dialogue();
        String id = letter(c, "First words");
        move(c, id, "approve", Map.of()).then().statusCode(409).body("type", equalTo("/problems/message-move-illegal"));
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + id + "/recipient-copy").then().statusCode(409);
        move(c, id, "submit", null).then().statusCode(200);
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(409);
        move(c, id, "return", Map.of("text", "Please leave out the address")).then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("returnComments", equalTo("Please leave out the address"));
        move(c, id, "submit", null).then().statusCode(200);
        move(c, id, "withhold", Map.of("text", "Threatening")).then().statusCode(200).body("state", equalTo("WITHHELD"));
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(409);
        as("mediator1").header("If-Match", "\"0\"").post("/api/cases/" + c.id() + "/messages/" + id + "/submit").then().statusCode(412);
        as("mediator1").post("/api/cases/" + c.id() + "/messages/" + id + "/submit").then().statusCode(428);
    }

    @Test
    void delivery_is_refused_outside_dialogue_on_safety_hold_and_without_the_recipients_agreement() {
        OpenedCase c = Cases.open("mediator1");
        coordinator().body(Map.of("ways", List.of("LETTERS", "SHUTTLE"))).put("/api/cases/" + c.id() + "/ways").then().statusCode(200);
        String id = approvedLetter(c, "Words", null);
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(409).body("type", equalTo("/problems/message-deliver-not-dialogue"));
        coordinator().body(Map.of("stage", "DIALOGUE")).post("/api/cases/" + c.id() + "/stage").then().statusCode(200);
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(409).body("type", equalTo("/problems/message-deliver-no-consent"));
        coordinator().body(Map.of("way", "LETTERS", "given", true, "how", "VERBAL"))
                .post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/consents").then().statusCode(200);
        Cases.assessSafety(c.id(), c.offenderId(), "HIGH", false, null);
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(409).body("type", equalTo("/problems/message-deliver-safety-hold"));
        Cases.assessSafety(c.id(), c.offenderId(), "LOW", false, null);
        move(c, id, "deliver", Map.of("method", "MAIL")).then().statusCode(200);
    }

    @Test
    void a_withdrawal_holds_every_pending_message_at_once_and_rejoining_releases_them() {
        OpenedCase c = dialogue();
        String approved = approvedLetter(c, "Approved words", null);
        String draft = letter(c, "Draft words");
        coordinator().post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/withdrawal").then().statusCode(200);
        as("mediator1").get("/api/cases/" + c.id() + "/messages").then()
                .body("find { it.id == '" + approved + "' }.held", equalTo(true))
                .body("find { it.id == '" + draft + "' }.held", equalTo(true));
        move(c, approved, "deliver", Map.of("method", "MAIL")).then().statusCode(409)
                .body("type", equalTo("/problems/message-deliver-recipient-withdrawn"));
        coordinator().post("/api/cases/" + c.id() + "/participants/" + c.offenderId() + "/rejoin").then().statusCode(200);
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + approved).then().body("held", equalTo(false));
        coordinator().post("/api/cases/" + c.id() + "/participants/" + c.harmedPersonId() + "/withdrawal").then().statusCode(200);
        move(c, approved, "deliver", Map.of("method", "MAIL")).then().statusCode(409)
                .body("type", equalTo("/problems/message-deliver-author-withdrawn"));
    }

    @Test
    void files_are_recognised_by_content_bounded_in_size_checksummed_and_read_by_byte_range() throws Exception {
        OpenedCase c = dialogue();
        String id = letter(c, null);
        long before = storedFiles();
        long rows = Database.count(db, "select count(*) from stored_file");
        upload(c, id, "original", "not a scan at all".getBytes(StandardCharsets.UTF_8), "application/pdf").then().statusCode(400)
                .body("errors[0].rule", equalTo("AllowedType"));
        byte[] mp4 = new byte[64];
        System.arraycopy("ftypisom".getBytes(StandardCharsets.US_ASCII), 0, mp4, 4, 8);
        upload(c, id, "original", mp4, "image/png").then().statusCode(400).body("errors[0].rule", equalTo("AllowedType"));
        upload(c, id, "original", png(1_200_000), "image/png").then().statusCode(400).body("errors[0].rule", equalTo("MaxSize"));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(Database.count(db, "select count(*) from stored_file")).isEqualTo(rows);

        byte[] scan = png(1000);
        var view = upload(c, id, "original", scan, "application/octet-stream").then().statusCode(200)
                .body("originalFile.contentType", equalTo("image/png")).body("originalFile.sizeBytes", equalTo(1000))
                .extract().jsonPath();
        String fileId = view.getString("originalFile.id");
        String file = "/api/cases/" + c.id() + "/messages/" + id + "/files/" + fileId;
        byte[] whole = as("mediator1").get(file).then().statusCode(200).header("Accept-Ranges", "bytes").extract().asByteArray();
        assertThat(whole).isEqualTo(scan);
        byte[] part = as("mediator1").header("Range", "bytes=10-19").get(file).then().statusCode(206)
                .header("Content-Range", "bytes 10-19/1000").extract().asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(scan, 10, 20));
        as("mediator1").header("Range", "bytes=5000-").get(file).then().statusCode(416);
        as("mediator2").get(file).then().statusCode(404);
        assertThat(Database.count(db, "select count(*) from audit_entry where action = 'READ_CONTENT' and resource_id = '" + id + "'"))
                .isEqualTo(3);
    }

    @Test
    void a_file_changed_in_storage_no_longer_matches_its_checksum_and_is_not_served() throws Exception {
        OpenedCase c = dialogue();
        String id = letter(c, null);
        String fileId = upload(c, id, "original", png(500), "image/png").then().statusCode(200).extract().path("originalFile.id");
        String key = Database.text(db, "select storage_key from stored_file where id = '" + fileId + "'");
        byte[] bytes = Files.readAllBytes(STORAGE.resolve(key));
        bytes[100] ^= 0x55;
        Files.write(STORAGE.resolve(key), bytes);
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + id + "/files/" + fileId).then().statusCode(500)
                .body("type", equalTo("/problems/internal"));
    }

    @Test
    void an_interrupted_upload_leaves_no_file_and_no_record() throws Exception {
        OpenedCase c = dialogue();
        String id = letter(c, null);
        long before = storedFiles();
        long rows = Database.count(db, "select count(*) from stored_file");
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port); OutputStream out = socket.getOutputStream()) {
            out.write(("POST /api/cases/" + c.id() + "/messages/" + id + "/uploads/original HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.of("mediator1") + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 900000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(png(300_000));
            out.flush();
            Thread.sleep(300);
        }
        for (int i = 0; i < 50 && storedFiles() != before; i++) {
            Thread.sleep(100);
        }
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(Database.count(db, "select count(*) from stored_file")).isEqualTo(rows);
        as("mediator1").get("/api/cases/" + c.id() + "/messages/" + id).then().body("originalFile", nullValue());
    }

    @Test
    void a_video_message_needs_a_video_and_the_review_queue_shows_a_mediators_messages_oldest_first() {
        OpenedCase c = dialogue();
        String video = as("mediator1").body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        move(c, video, "submit", null).then().statusCode(409).body("type", equalTo("/problems/message-submit-content-video-message"));
        upload(c, video, "original", png(100), "video/mp4").then().statusCode(400);
        byte[] webm = new byte[2000];
        webm[0] = 0x1A;
        webm[1] = 0x45;
        webm[2] = (byte) 0xDF;
        webm[3] = (byte) 0xA3;
        upload(c, video, "original", webm, "application/octet-stream").then().statusCode(200).body("originalFile.contentType", equalTo("video/webm"));
        move(c, video, "submit", null).then().statusCode(200);
        String letter = letter(c, "Later");
        move(c, letter, "submit", null).then().statusCode(200);
        List<String> queue = as("mediator1").queryParam("size", 100).get("/api/messages/review-queue").then().statusCode(200)
                .extract().jsonPath().getList("messageId");
        assertThat(queue).containsSubsequence(video, letter);
        as("mediator2").queryParam("size", 100).get("/api/messages/review-queue").then().body("messageId", not(hasItem(video)));
        as("mediator1").body(Map.of("kind", "LETTER", "authorId", c.harmedPersonId(), "recipientId", c.harmedPersonId(), "text", "x"))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(400);
    }
}
