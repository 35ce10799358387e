package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.privacy.service.ChunkedFileCipher;
import ro.privacy.service.FileKeyRing;
import ro.privacy.service.FileKeys;

/**
 * Message files in a directory (ro.relay.storage-dir), encrypted as they stream in (ro.privacy.service.ChunkedFileCipher
 * with the current key of ro.files.keys), written to a temporary name and moved into place when complete.
 */
@ApplicationScoped
public class DirectoryFileStorage implements FileStorage {

    private static final int BUFFER = 64 * 1024;

    @Inject
    RelaySettings settings;
    @Inject
    FileKeys keys;

    private Path dir() throws IOException {
        Path dir = Path.of(settings.storageDir());
        Files.createDirectories(dir);
        return dir;
    }

    @Override
    public Written write(InputStream body, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString();
        Path partial = dir().resolve(key + ".partial");
        MessageDigest sha = sha256Digest();
        byte[] head = new byte[0];
        long size = 0;
        String keyId;
        try (InputStream in = new DigestInputStream(body, sha);
                ChunkedFileCipher.Sealing out = ChunkedFileCipher.encrypting(
                        Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW), keys.ring())) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (head.length < 16) {
                    byte[] more = new byte[Math.min(16, head.length + n)];
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
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, dir().resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return new Written(key, keyId, size, HexFormat.of().formatHex(sha.digest()), head);
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        return open(key, offset, length);
    }

    @Override
    public void requireKey(String key) throws IOException {
        try (FileChannel channel = FileChannel.open(dir().resolve(key), StandardOpenOption.READ)) {
            String keyId = ChunkedFileCipher.keyIdOf(channel);
            if (!keys.ring().has(keyId)) {
                throw new KeyUnavailable(keyId);
            }
        }
    }

    /** Clear bytes of a stored file; the whole file (length -1) checks every chunk up to the last. */
    private InputStream open(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(dir().resolve(key), StandardOpenOption.READ);
        try {
            long size = length < 0 ? ChunkedFileCipher.clearSize(channel) : length;
            return ChunkedFileCipher.decrypting(channel, keys.ring(), offset, size);
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
        Path stored = dir().resolve(key);
        try (FileChannel channel = FileChannel.open(stored, StandardOpenOption.READ)) {
            if (ChunkedFileCipher.isEncrypted(channel)) {
                return ChunkedFileCipher.keyIdOf(channel);
            }
        }
        Path partial = dir().resolve(key + ".partial");
        String keyId;
        try (InputStream in = Files.newInputStream(stored);
                ChunkedFileCipher.Sealing out = ChunkedFileCipher.encrypting(
                        Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING), keys.ring())) {
            in.transferTo(out);
            out.finish();
            keyId = out.keyId();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, stored, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return keyId;
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(dir().resolve(key));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
