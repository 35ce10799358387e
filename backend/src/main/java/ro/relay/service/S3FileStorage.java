package ro.relay.service;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Object;

import ro.privacy.service.FileKeyRing;

/**
 * Message files as objects of one bucket of an S3-compatible store (ro.relay.storage=s3; AWS S3, MinIO, S3Proxy):
 * written by a multipart upload of {@link #PART}-sized parts (a small file by one PUT) that only a complete file
 * completes, read by ranged GETs. The bucket holds this program's files only: the orphan sweep removes any object
 * named like a key that has no row.
 */
public final class S3FileStorage extends SealedFileStorage {

    /** The size of an upload's parts, the most an upload holds in memory (S3 takes 5 MiB to 5 GiB). */
    public static final int PART = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    public S3FileStorage(S3Client s3, String bucket, FileKeyRing keys) {
        super(keys);
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** A client over the JDK's HTTP connection, with what the settings give or else the AWS defaults. */
    public static S3Client client(RelaySettings.S3 settings) {
        return clientBuilder(settings).build();
    }

    public static S3ClientBuilder clientBuilder(RelaySettings.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                // checksums only where S3 requires them: what S3-compatible stores all accept
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        return builder;
    }

    private static AwsCredentialsProvider credentials(RelaySettings.S3 settings) {
        if (settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId().get(), settings.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Creates the bucket unless it is there; true when it was created. */
    public boolean createBucketIfMissing() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
            return false;
        } catch (NoSuchBucketException e) {
            try {
                s3.createBucket(r -> r.bucket(bucket));
                return true;
            } catch (BucketAlreadyOwnedByYouException another) {
                // another replica created it meanwhile
                return false;
            }
        }
    }

    @Override
    protected Upload upload(String key) {
        return new S3ObjectUpload(s3, bucket, key, PART);
    }

    @Override
    protected SeekableByteChannel stored(String key) throws IOException {
        return S3RangedObject.open(s3, bucket, key);
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public void forEachOlderThan(Instant before, Consumer<Entry> each) throws IOException {
        Set<String> uploads = new HashSet<>();
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(r -> r.bucket(bucket)).uploads()) {
                uploads.add(upload.uploadId());
                if (StorageKeys.isKey(upload.key()) && upload.initiated().isBefore(before)) {
                    Instant last = lastWritten(upload);
                    if (last.isBefore(before)) {
                        each.accept(new Entry(upload.key(), last, upload.uploadId()));
                    }
                }
            }
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
                // an object named by an unfinished upload's id is that upload's part (S3Proxy's filesystem backend)
                if (StorageKeys.isKey(object.key()) && !uploads.contains(object.key()) && object.lastModified().isBefore(before)) {
                    each.accept(new Entry(object.key(), object.lastModified(), null));
                }
            }
        } catch (SdkException e) {
            throw new IOException("object storage could not be listed: " + e.getMessage(), e);
        }
    }

    /** When an unfinished upload was last written to: its newest part, or its start (an upload still going is young). */
    private Instant lastWritten(MultipartUpload upload) {
        Instant last = upload.initiated();
        try {
            for (Part part : s3.listPartsPaginator(r -> r.bucket(bucket).key(upload.key()).uploadId(upload.uploadId())).parts()) {
                if (part.lastModified() != null && part.lastModified().isAfter(last)) {
                    last = part.lastModified();
                }
            }
        } catch (NoSuchUploadException e) {
            // finished or aborted meanwhile: removing it finds nothing
        }
        return last;
    }

    @Override
    public boolean remove(Entry entry) throws IOException {
        try {
            if (entry.unfinished()) {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(entry.key()).uploadId(entry.upload()));
                return true;
            }
            s3.headObject(r -> r.bucket(bucket).key(entry.key()));
            s3.deleteObject(r -> r.bucket(bucket).key(entry.key()));
            return true;
        } catch (NoSuchKeyException | NoSuchUploadException e) {
            return false;
        } catch (SdkException e) {
            throw new IOException("object storage could not remove " + entry.key() + ": " + e.getMessage(), e);
        }
    }
}
