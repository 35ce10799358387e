package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
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
    void a_range_is_read_by_ranged_gets_of_about_the_chunks_it_covers_and_a_whole_file_by_bounded_windows() throws Exception {
        List<String> ranges = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetObjectRequest get) {
                    ranges.add(String.valueOf(get.range()));
                }
            }
        };
        byte[] clear = content(40 * CHUNK);
        try (S3Client recorded = S3FileStorage.clientBuilder(server.settings(bucket))
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build()) {
            FileStorage storage = new S3FileStorage(recorded, bucket, KEYS);
            String key = storage.write(new ByteArrayInputStream(clear), clear.length).key();

            assertThat(read(storage, key, 20 * CHUNK + 3, 10)).isEqualTo(Arrays.copyOfRange(clear, 20 * CHUNK + 3, 20 * CHUNK + 13));
            assertThat(ranges).isNotEmpty().allMatch(r -> r.startsWith("bytes="));
            assertThat(fetched(ranges)).isLessThan(4L * S3RangedObject.FIRST_WINDOW);

            ranges.clear();
            assertThat(storage.sha256(key)).hasSize(64);
            assertThat(ranges).hasSizeGreaterThan(2).allMatch(r -> r.startsWith("bytes="));
            assertThat(ranges.stream().mapToLong(S3FileStorageTest::length).max().orElseThrow()).isLessThanOrEqualTo(S3RangedObject.MAX_WINDOW);
        }
    }

    private static long length(String range) {
        String[] ends = range.substring("bytes=".length()).split("-");
        return Long.parseLong(ends[1]) - Long.parseLong(ends[0]) + 1;
    }

    private static long fetched(List<String> ranges) {
        return ranges.stream().mapToLong(S3FileStorageTest::length).sum();
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
