package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An object read by position through ranged GETs, for the cipher's random access: each GET fills a window that
 * starts at the position read; reading on from its end doubles the next window (up to {@link #MAX_WINDOW}), so a
 * whole file takes a few GETs and a small range one, and memory stays one window.
 */
final class S3RangedObject implements SeekableByteChannel {

    /** The first window: a file's header and its first chunk. */
    static final int FIRST_WINDOW = 128 * 1024;
    static final int MAX_WINDOW = 4 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final long size;
    private byte[] window = new byte[0];
    private long windowStart;
    private int windowLength;
    private long position;
    private boolean open = true;

    private S3RangedObject(S3Client s3, String bucket, String key, long size) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.size = size;
    }

    /** The object's size from a HEAD; {@link NoSuchFileException} when the bucket does not hold it. */
    static S3RangedObject open(S3Client s3, String bucket, String key) throws NoSuchFileException {
        try {
            return new S3RangedObject(s3, bucket, key, s3.headObject(r -> r.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
        if (position >= size) {
            return -1;
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (position < windowStart || position >= windowStart + windowLength) {
            fetch(dst.remaining());
        }
        int n = (int) Math.min(dst.remaining(), windowStart + windowLength - position);
        dst.put(window, (int) (position - windowStart), n);
        position += n;
        return n;
    }

    private void fetch(int wanted) throws IOException {
        boolean readingOn = windowLength > 0 && position == windowStart + windowLength;
        long next = readingOn ? Math.min(MAX_WINDOW, 2L * windowLength) : FIRST_WINDOW;
        int length = (int) Math.min(size - position, Math.max(wanted, next));
        if (window.length < length) {
            window = new byte[length];
        }
        long from = position;
        try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(key).range("bytes=" + from + "-" + (from + length - 1)))) {
            if (in.readNBytes(window, 0, length) != length) {
                throw new IOException("object " + key + " is shorter than it was");
            }
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
        windowStart = from;
        windowLength = length;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position");
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long to) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        window = null;
    }
}
