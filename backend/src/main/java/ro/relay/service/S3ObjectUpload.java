package ro.relay.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Bytes on their way to an object: held in one buffer of at most a part's size; a full part goes up as a part of a
 * multipart upload (started by the first one), the rest at {@link #keep()}, which completes it. An object that fits
 * one part is one PUT. Closed before {@link #keep()}, a started multipart upload is aborted: nothing is left.
 */
final class S3ObjectUpload extends SealedFileStorage.Upload {

    private static final Logger LOG = Logger.getLogger(S3ObjectUpload.class);
    private static final int FIRST_BUFFER = 64 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final int partSize;
    private final List<CompletedPart> parts = new ArrayList<>();
    private byte[] buffer = new byte[FIRST_BUFFER];
    private int filled;
    private String uploadId;
    private boolean over;

    S3ObjectUpload(S3Client s3, String bucket, String key, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.partSize = partSize;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (over) {
            throw new IOException("the upload is over");
        }
        while (len > 0) {
            if (filled == partSize) {
                // more follows: a full part goes up, the last one waits for keep()
                sendPart();
            }
            int n = Math.min(len, partSize - filled);
            if (filled + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(partSize, Math.max(filled + (long) n, 2L * buffer.length)));
            }
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    private void sendPart() throws IOException {
        try {
            if (uploadId == null) {
                uploadId = s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId();
            }
            int number = parts.size() + 1;
            String etag = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(number).contentLength((long) filled),
                    body()).eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            filled = 0;
        } catch (SdkException e) {
            throw new IOException("object storage refused a part of " + key + ": " + e.getMessage(), e);
        }
    }

    private RequestBody body() {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, filled), filled);
    }

    @Override
    protected void keep() throws IOException {
        try {
            if (uploadId == null) {
                s3.putObject(r -> r.bucket(bucket).key(key).contentLength((long) filled), body());
            } else {
                if (filled > 0) {
                    sendPart();
                }
                s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(u -> u.parts(parts)));
            }
        } catch (SdkException e) {
            throw new IOException("object storage did not keep " + key + ": " + e.getMessage(), e);
        }
        over = true;
        buffer = null;
    }

    @Override
    public void close() throws IOException {
        if (over) {
            return;
        }
        over = true;
        buffer = null;
        if (uploadId != null) {
            try {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException e) {
                // the orphan sweep aborts it once it is older than its period
                LOG.warnf("An unfinished upload of %s could not be aborted: %s", key, e.getMessage());
            }
        }
    }
}
