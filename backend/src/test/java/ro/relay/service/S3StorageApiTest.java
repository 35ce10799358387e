package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import ro.privacy.service.ChunkedFileCipher;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;
import ro.testing.S3ProxyResource;

/**
 * The API with ro.relay.storage=s3 against S3Proxy: a message file uploaded through the API lands encrypted in the
 * bucket and reads back by range; a refused upload leaves nothing; and the orphan sweep's cases, with an unfinished
 * upload being an incomplete multipart upload.
 */
@QuarkusTest
@TestProfile(S3StorageApiTest.S3Storage.class)
class S3StorageApiTest extends OrphanSweepChecks {

    public static class S3Storage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3ProxyResource.class));
        }
    }

    private static final int CHUNK = ChunkedFileCipher.CHUNK;

    @Inject
    RelaySettings settings;

    S3Client s3;

    @BeforeEach
    void client() {
        s3 = S3FileStorage.client(settings.s3());
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    @Override
    String leaveUnfinishedUpload() {
        String key = UUID.randomUUID().toString();
        String uploadId = s3.createMultipartUpload(r -> r.bucket(S3ProxyResource.BUCKET).key(key)).uploadId();
        s3.uploadPart(r -> r.bucket(S3ProxyResource.BUCKET).key(key).uploadId(uploadId).partNumber(1), RequestBody.fromBytes(new byte[1000]));
        return key;
    }

    private static byte[] scan(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ('A' + i % 26);
        }
        byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    @Test
    void a_message_file_uploaded_through_the_api_is_an_encrypted_object_and_reads_back_by_range() {
        assertThat(settings.storage()).isEqualTo(RelaySettings.Storage.S3);
        OpenedCase c = Cases.inDialogue("mediator1");
        String url = "/api/cases/" + c.id() + "/messages/" + Cases.letter(c);
        byte[] clear = scan(3 * CHUNK + 500);
        String fileId = as("mediator1").contentType("image/png").body(clear).post(url + "/uploads/original").then().statusCode(200)
                .extract().path("originalFile.id");
        String key = Database.text(db, "select storage_key from stored_file where id = '" + fileId + "'").strip();

        byte[] stored = s3.getObjectAsBytes(r -> r.bucket(S3ProxyResource.BUCKET).key(key)).asByteArray();
        assertThat(stored.length).isGreaterThan(clear.length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        int from = CHUNK - 7;
        int to = 2 * CHUNK + 20;
        byte[] part = as("mediator1").header("Range", "bytes=" + from + "-" + to).get(url + "/files/" + fileId).then().statusCode(206)
                .header("Content-Range", "bytes " + from + "-" + to + "/" + clear.length).extract().asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(clear, from, to + 1));
        assertThat(s3.listMultipartUploads(r -> r.bucket(S3ProxyResource.BUCKET)).uploads()).isEmpty();
    }

    @Test
    void an_upload_larger_than_allowed_is_refused_and_leaves_no_object() throws Exception {
        OpenedCase c = Cases.inDialogue("mediator1");
        String url = "/api/cases/" + c.id() + "/messages/" + Cases.letter(c);
        long before = s3.listObjectsV2(r -> r.bucket(S3ProxyResource.BUCKET)).keyCount();
        as("mediator1").contentType("image/png").body(scan((int) settings.maxScanBytes() + 1)).post(url + "/uploads/original").then()
                .statusCode(400).body("errors[0].rule", equalTo("MaxSize"));
        assertThat(s3.listObjectsV2(r -> r.bucket(S3ProxyResource.BUCKET)).keyCount()).isEqualTo(before);
        as("mediator1").get(url).then().statusCode(200).body("originalFile", nullValue());
    }
}
