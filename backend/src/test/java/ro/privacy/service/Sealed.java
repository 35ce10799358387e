package ro.privacy.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

/** Test help: keys, clear content, and files sealed and opened through ChunkedFileCipher. */
final class Sealed {

    static final int CHUNK = ChunkedFileCipher.CHUNK;

    private Sealed() {
    }

    static String newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    static FileKeyRing ring(String current, Map<String, String> keys) {
        return FileKeyRing.of(keys, current);
    }

    static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** The stored bytes of clear sealed with the ring's current key. */
    static byte[] seal(byte[] clear, FileKeyRing keys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChunkedFileCipher.Sealing s = ChunkedFileCipher.encrypting(out, keys)) {
            // in uneven pieces, as a network stream gives them
            int at = 0;
            int step = 1;
            while (at < clear.length) {
                int n = Math.min(step, clear.length - at);
                s.write(clear, at, n);
                at += n;
                step = step * 3 + 7;
            }
            s.finish();
        }
        return out.toByteArray();
    }

    static byte[] open(Path dir, byte[] stored, FileKeyRing keys, long offset, long length) throws IOException {
        Path file = Files.createTempFile(dir, "sealed", "");
        Files.write(file, stored);
        try (InputStream in = ChunkedFileCipher.decrypting(Files.newByteChannel(file, StandardOpenOption.READ), keys, offset, length)) {
            return in.readAllBytes();
        } finally {
            Files.delete(file);
        }
    }

    static byte[] openWhole(Path dir, byte[] stored, FileKeyRing keys) throws IOException {
        return open(dir, stored, keys, 0, clearSize(dir, stored));
    }

    static long clearSize(Path dir, byte[] stored) throws IOException {
        Path file = Files.createTempFile(dir, "sealed", "");
        Files.write(file, stored);
        try (var channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return ChunkedFileCipher.clearSize(channel);
        } finally {
            Files.delete(file);
        }
    }

    static int headerLength(String keyId) {
        return 4 + 1 + keyId.length() + 16 + 8;
    }
}
