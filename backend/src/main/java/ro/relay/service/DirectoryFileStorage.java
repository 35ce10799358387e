package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
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

/** Message files in a directory (ro.relay.storage-dir), written to a temporary name and moved into place when complete. */
@ApplicationScoped
public class DirectoryFileStorage implements FileStorage {

    private static final int BUFFER = 64 * 1024;

    @Inject
    RelaySettings settings;

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
        try (InputStream in = new DigestInputStream(body, sha);
                OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
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
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, dir().resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return new Written(key, size, HexFormat.of().formatHex(sha.digest()), head);
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(dir().resolve(key), StandardOpenOption.READ);
        channel.position(offset);
        InputStream whole = Channels.newInputStream(channel);
        return new java.io.FilterInputStream(whole) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }

    @Override
    public String sha256(String key) throws IOException {
        MessageDigest sha = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(dir().resolve(key)), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
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
