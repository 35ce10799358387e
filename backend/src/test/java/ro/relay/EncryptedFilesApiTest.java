package ro.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ro.relay.RelayApiTest.dialogue;
import static ro.relay.RelayApiTest.letter;
import static ro.relay.RelayApiTest.upload;
import static ro.testing.Callers.as;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.privacy.service.ChunkedFileCipher;
import ro.privacy.service.FileKeyRing;
import ro.relay.service.LegacyFiles;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;

/** Message files are encrypted at rest: storage never holds their clear content, and they are served back whole and by range. */
@QuarkusTest
class EncryptedFilesApiTest {

    private static final Path STORAGE = Path.of("target", "test-files");
    private static final byte[] MARKER = "VICTIM-SCAN-MARKER:".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = ChunkedFileCipher.CHUNK;

    @Inject
    DataSource db;
    @Inject
    LegacyFiles legacy;

    /** size bytes that start with magic and then repeat the marker. */
    private static byte[] marked(byte[] magic, int size) {
        byte[] b = new byte[size];
        for (int i = magic.length; i < size; i += MARKER.length) {
            System.arraycopy(MARKER, 0, b, i, Math.min(MARKER.length, size - i));
        }
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] WEBM = { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 };

    /** A letter's scan of size bytes, uploaded in a new case: its message, file and address. */
    private record Scan(OpenedCase c, String messageId, String fileId, byte[] clear) {
        String url() {
            return "/api/cases/" + c.id() + "/messages/" + messageId + "/files/" + fileId;
        }
    }

    private static Scan scan(int size) {
        OpenedCase c = dialogue();
        String id = letter(c, null);
        byte[] clear = marked(PNG, size);
        String fileId = upload(c, id, "original", clear, "image/png").then().statusCode(200).extract().path("originalFile.id");
        return new Scan(c, id, fileId, clear);
    }

    private String storageKey(String fileId) {
        return Database.text(db, "select storage_key from stored_file where id = '" + fileId + "'").strip();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1));
    }

    private static void readsBackWholeAndByRange(String url, byte[] clear) {
        assertThat(as("mediator1").get(url).then().statusCode(200).extract().asByteArray()).isEqualTo(clear);
        int[][] ranges = { { 0, 0 }, { CHUNK - 3, CHUNK + 3 }, { 2 * CHUNK, 2 * CHUNK + 999 }, { clear.length - 10, clear.length - 1 } };
        for (int[] r : ranges) {
            byte[] part = as("mediator1").header("Range", "bytes=" + r[0] + "-" + r[1]).get(url).then().statusCode(206)
                    .header("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + clear.length).extract().asByteArray();
            assertThat(part).as("bytes %d-%d", r[0], r[1]).isEqualTo(Arrays.copyOfRange(clear, r[0], r[1] + 1));
        }
        byte[] tail = as("mediator1").header("Range", "bytes=" + (CHUNK + 1) + "-").get(url).then().statusCode(206).extract().asByteArray();
        assertThat(tail).isEqualTo(Arrays.copyOfRange(clear, CHUNK + 1, clear.length));
    }

    @Test
    void an_uploaded_scan_and_video_are_stored_without_their_clear_content_and_served_back_identical() throws IOException {
        Scan scan = scan(3 * CHUNK + 517);
        OpenedCase c = scan.c();

        String videoId = as("mediator1").body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        byte[] video = marked(WEBM, 5 * CHUNK + 1);
        String videoFileId = upload(c, videoId, "original", video, "application/octet-stream").then().statusCode(200)
                .body("originalFile.contentType", equalTo("video/webm")).extract().path("originalFile.id");

        for (String fileId : new String[] { scan.fileId(), videoFileId }) {
            byte[] stored = Files.readAllBytes(STORAGE.resolve(storageKey(fileId)));
            assertThat(contains(stored, MARKER)).as("clear content in storage").isFalse();
            assertThat(contains(stored, Arrays.copyOf(MARKER, 8))).isFalse();
            assertThat(Database.text(db, "select key_id from stored_file where id = '" + fileId + "'")).isEqualTo("demo");
        }
        try (var partials = Files.list(STORAGE)) {
            assertThat(partials.filter(p -> p.toString().endsWith(".partial"))).isEmpty();
        }
        readsBackWholeAndByRange(scan.url(), scan.clear());
        readsBackWholeAndByRange("/api/cases/" + c.id() + "/messages/" + videoId + "/files/" + videoFileId, video);
    }

    @Test
    void a_changed_chunk_fails_the_integrity_check_even_for_a_range_elsewhere() throws IOException {
        Scan scan = scan(3 * CHUNK);
        Path stored = STORAGE.resolve(storageKey(scan.fileId()));
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - CHUNK / 2] ^= 0x01;
        Files.write(stored, bytes);
        as("mediator1").header("Range", "bytes=0-99").get(scan.url()).then()
                .statusCode(500).body("type", equalTo("/problems/internal"));
    }

    @Test
    void a_file_whose_key_is_not_configured_is_a_503_problem_and_never_clear_bytes() throws IOException {
        Scan scan = scan(2000);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        FileKeyRing gone = FileKeyRing.of(Map.of("retired", Base64.getEncoder().encodeToString(key)), "retired");
        try (OutputStream file = Files.newOutputStream(STORAGE.resolve(storageKey(scan.fileId())));
                ChunkedFileCipher.Sealing out = ChunkedFileCipher.encrypting(file, gone)) {
            out.write(scan.clear());
            out.finish();
        }
        String url = scan.url();
        as("mediator1").get(url).then().statusCode(503).contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/service-unavailable")).body("detail", containsString("key"));
        as("mediator1").header("Accept-Language", "fr").header("Range", "bytes=0-9").get(url).then().statusCode(503)
                .body("detail", containsString("clé"));
    }

    @Test
    void a_file_stored_in_clear_before_encryption_is_encrypted_in_place_and_still_served() throws Exception {
        Scan scan = scan(3 * CHUNK + 5);
        String fileId = scan.fileId();
        Path stored = STORAGE.resolve(storageKey(fileId));
        // as it was before this change: the clear content, no key id
        Files.write(stored, scan.clear());
        Database.execute(db, "update stored_file set key_id = null where id = '" + fileId + "'");

        assertThat(legacy.encryptAll()).isGreaterThanOrEqualTo(1);
        assertThat(contains(Files.readAllBytes(stored), MARKER)).isFalse();
        assertThat(Database.text(db, "select key_id from stored_file where id = '" + fileId + "'")).isEqualTo("demo");
        readsBackWholeAndByRange(scan.url(), scan.clear());
        // once encrypted, a second start leaves it as it is
        byte[] once = Files.readAllBytes(stored);
        assertThat(legacy.encryptAll()).isZero();
        assertThat(Files.readAllBytes(stored)).isEqualTo(once);
    }
}
