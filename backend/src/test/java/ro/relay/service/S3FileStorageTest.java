package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import ro.privacy.service.FileKeyRing;
import ro.testing.S3ProxyServer;

/** The storage contract in a bucket of S3Proxy (a bucket per test), and its unfinished multipart uploads. */
class S3FileStorageTest extends FileStorageContract {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    @TempDir
    static Path dir;
    static S3ProxyServer server;
    static S3Client s3;

    String bucket;

    @BeforeAll
    static void start() throws Exception {
        server = S3ProxyServer.start(dir);
        s3 = server.client();
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        server.close();
    }

    @BeforeEach
    void newBucket() {
        bucket = "test-" + BUCKETS.incrementAndGet();
        assertThat(new S3FileStorage(s3, bucket, KEYS).createBucketIfMissing()).isTrue();
        assertThat(new S3FileStorage(s3, bucket, KEYS).createBucketIfMissing()).isFalse();
    }

    @Override
    FileStorage storage(FileKeyRing keys) {
        return new S3FileStorage(s3, bucket, keys);
    }

    @Override
    void putAsIs(String name, byte[] bytes) {
        s3.putObject(r -> r.bucket(bucket).key(name), RequestBody.fromBytes(bytes));
    }

    @Test
    void an_incomplete_multipart_upload_is_listed_as_unfinished_and_aborted() throws Exception {
        String key = UUID.randomUUID().toString();
        String uploadId = s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId();
        s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(1), RequestBody.fromBytes(content(1000)));
        FileStorage storage = storage();

        assertThat(storage.entriesOlderThan(Instant.now().minusSeconds(60))).isEmpty();
        FileStorage.Entry entry = storage.entriesOlderThan(Instant.now().plusSeconds(60)).get(0);
        assertThat(entry.key()).isEqualTo(key);
        assertThat(entry.upload()).isEqualTo(uploadId);
        assertThat(storage.remove(entry)).isTrue();
        assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
        assertThat(everything(storage)).isZero();
    }
}
