package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import ro.privacy.service.ChunkedFileCipher;
import ro.privacy.service.FileKeyRing;

/**
 * What both storages share: a file is encrypted as it streams in (ro.privacy.service.ChunkedFileCipher, the ring's
 * current key) into an {@link Upload} that keeps it only once complete, and read back by position, so a range
 * decrypts only the chunks it covers. A storage says where the bytes go ({@link #upload}) and come from
 * ({@link #stored}).
 */
public abstract class SealedFileStorage implements FileStorage {

    private static final int BUFFER = 64 * 1024;
    private static final int HEAD = 16;

    /** Bytes on their way to a key: they become its content only by {@link #keep()}; closed before, nothing is left. */
    protected abstract static class Upload extends OutputStream {

        /** Makes what was written the content of the key (replacing what it held); the upload is over. */
        protected abstract void keep() throws IOException;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }
    }

    private final FileKeyRing keys;

    protected SealedFileStorage(FileKeyRing keys) {
        this.keys = keys;
    }

    /** A new upload to key (nothing of it is readable before {@link Upload#keep()}). */
    protected abstract Upload upload(String key) throws IOException;

    /** The stored bytes of key, by position; {@link java.nio.file.NoSuchFileException} when storage does not hold it. */
    protected abstract SeekableByteChannel stored(String key) throws IOException;

    @Override
    public Written write(InputStream body, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString();
        MessageDigest sha = sha256Digest();
        byte[] head = new byte[0];
        long size = 0;
        String keyId;
        try (Upload upload = upload(key);
                InputStream in = new DigestInputStream(body, sha);
                ChunkedFileCipher.Sealing out = ChunkedFileCipher.encrypting(upload, keys)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (head.length < HEAD) {
                    byte[] more = new byte[Math.min(HEAD, head.length + n)];
                    System.arraycopy(head, 0, more, 0, head.length);
                    System.arraycopy(buffer, 0, more, head.length, more.length - head.length);
                    head = more;
                }
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
            out.finish();
            keyId = out.keyId();
            upload.keep();
        }
        return new Written(key, keyId, size, HexFormat.of().formatHex(sha.digest()), head);
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        return open(key, offset, length);
    }

    @Override
    public void requireKey(String key) throws IOException {
        try (SeekableByteChannel channel = stored(key)) {
            String keyId = ChunkedFileCipher.keyIdOf(channel);
            if (!keys.has(keyId)) {
                throw new KeyUnavailable(keyId);
            }
        }
    }

    /** Clear bytes of a stored file; the whole file (length -1) checks every chunk up to the last. */
    private InputStream open(String key, long offset, long length) throws IOException {
        SeekableByteChannel channel = stored(key);
        try {
            long size = length < 0 ? ChunkedFileCipher.clearSize(channel) : length;
            return ChunkedFileCipher.decrypting(channel, keys, offset, size);
        } catch (FileKeyRing.MissingKey e) {
            channel.close();
            throw new KeyUnavailable(e.keyId());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public String sha256(String key) throws IOException {
        MessageDigest sha = sha256Digest();
        try (InputStream in = new DigestInputStream(open(key, 0, -1), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public String encryptLegacy(String key) throws IOException {
        try (SeekableByteChannel channel = stored(key)) {
            if (ChunkedFileCipher.isEncrypted(channel)) {
                return ChunkedFileCipher.keyIdOf(channel);
            }
        }
        try (Upload upload = upload(key);
                InputStream in = Channels.newInputStream(stored(key));
                ChunkedFileCipher.Sealing out = ChunkedFileCipher.encrypting(upload, keys)) {
            in.transferTo(out);
            out.finish();
            upload.keep();
            return out.keyId();
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
