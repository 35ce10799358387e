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

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
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

    /** A client of the server that notes every request it sends. */
    private S3Client recording(List<SdkRequest> requests) {
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                requests.add(context.request());
            }
        };
        return S3FileStorage.clientBuilder(server.settings(bucket)).overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
    }

    @Test
    void a_small_file_is_one_put_and_a_large_one_a_multipart_upload_of_bounded_parts() throws Exception {
        List<SdkRequest> requests = new CopyOnWriteArrayList<>();
        try (S3Client recorded = recording(requests)) {
            FileStorage storage = new S3FileStorage(recorded, bucket, KEYS);
            storage.write(new ByteArrayInputStream(content(1000)), 1000);
            assertThat(requests).hasSize(1).allMatch(PutObjectRequest.class::isInstance);

            requests.clear();
            byte[] large = content(2 * S3FileStorage.PART + CHUNK);
            FileStorage.Written written = storage.write(new ByteArrayInputStream(large), large.length);
            assertThat(requests).filteredOn(UploadPartRequest.class::isInstance).hasSize(3)
                    .allMatch(r -> ((UploadPartRequest) r).contentLength() <= S3FileStorage.PART);
            assertThat(requests).filteredOn(CompleteMultipartUploadRequest.class::isInstance).hasSize(1);
            assertThat(requests).noneMatch(PutObjectRequest.class::isInstance);
            assertThat(storage.sha256(written.key())).isEqualTo(written.sha256());
            assertThat(read(storage, written.key(), large.length - 5, 5)).isEqualTo(Arrays.copyOfRange(large, large.length - 5, large.length));
        }
    }

    @Test
    void a_range_is_read_by_ranged_gets_of_about_the_chunks_it_covers_and_a_whole_file_by_bounded_windows() throws Exception {
        List<SdkRequest> requests = new CopyOnWriteArrayList<>();
        List<String> ranges = new CopyOnWriteArrayList<>();
        byte[] clear = content(40 * CHUNK);
        try (S3Client recorded = recording(requests)) {
            FileStorage storage = new S3FileStorage(recorded, bucket, KEYS);
            String key = storage.write(new ByteArrayInputStream(clear), clear.length).key();

            requests.clear();
            assertThat(read(storage, key, 20 * CHUNK + 3, 10)).isEqualTo(Arrays.copyOfRange(clear, 20 * CHUNK + 3, 20 * CHUNK + 13));
            gets(requests, ranges);
            assertThat(ranges).isNotEmpty().allMatch(r -> r.startsWith("bytes="));
            assertThat(fetched(ranges)).isLessThan(4L * S3RangedObject.FIRST_WINDOW);

            requests.clear();
            assertThat(storage.sha256(key)).hasSize(64);
            gets(requests, ranges);
            assertThat(ranges).hasSizeGreaterThan(2).allMatch(r -> r.startsWith("bytes="));
            assertThat(ranges.stream().mapToLong(S3FileStorageTest::length).max().orElseThrow()).isLessThanOrEqualTo(S3RangedObject.MAX_WINDOW);
        }
    }

    /** The ranges of the GETs among the requests (null for a GET of a whole object), in place of what ranges held. */
    private static void gets(List<SdkRequest> requests, List<String> ranges) {
        ranges.clear();
        requests.stream().filter(GetObjectRequest.class::isInstance).forEach(r -> ranges.add(String.valueOf(((GetObjectRequest) r).range())));
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

        assertThat(StorageListing.olderThan(storage, Instant.now().minusSeconds(60))).isEmpty();
        FileStorage.Entry entry = StorageListing.olderThan(storage, Instant.now().plusSeconds(60)).get(0);
        assertThat(entry.key()).isEqualTo(key);
        assertThat(entry.upload()).isEqualTo(uploadId);
        assertThat(storage.remove(entry)).isTrue();
        assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
        assertThat(everything(storage)).isZero();
    }
}
