package ro.privacy.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A message file encrypted at rest: AES-256-GCM in chunks of 64 KiB of clear text, so a byte range is read by
 * decrypting only the chunks it covers.
 *
 * <pre>
 * header  "ROF1" | key id length (1) | key id (ASCII) | salt (16) | nonce prefix (8)
 * chunks  (ciphertext | 16-byte tag) ...  every chunk holds CHUNK clear bytes but the last (0..CHUNK; 0 only for an empty file)
 * </pre>
 *
 * Each file has its own key, HMAC-SHA256(key of the key id, "ro.files.v1" | salt); chunk i's nonce is the
 * file's random prefix | i (4 bytes), and its associated data is the whole header | i (8 bytes) | 1 if it is the
 * last chunk else 0: a chunk moved, dropped, swapped for another file's, or a file cut short fails authentication,
 * as does a header changed (key id, salt, prefix). Plain Java, no state: streams are made per file.
 */
public final class ChunkedFileCipher {

    public static final int CHUNK = 64 * 1024;
    static final int TAG = 16;
    private static final int STORED_CHUNK = CHUNK + TAG;
    private static final byte[] MAGIC = { 'R', 'O', 'F', '1' };
    private static final byte[] KDF_LABEL = "ro.files.v1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int PREFIX = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The stored bytes are not a file this cipher wrote whole, or were changed: never served. */
    public static final class Tampered extends IOException {
        public Tampered(String what) {
            super(what);
        }
    }

    private ChunkedFileCipher() {
    }

    /** What a stored file's header says. */
    private record Header(byte[] bytes, String keyId, byte[] salt, byte[] prefix) {

        static Header fresh(String keyId) {
            byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
            byte[] salt = random(SALT);
            byte[] prefix = random(PREFIX);
            ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 1 + id.length + SALT + PREFIX);
            b.put(MAGIC).put((byte) id.length).put(id).put(salt).put(prefix);
            return new Header(b.array(), keyId, salt, prefix);
        }

        static Header read(SeekableByteChannel in) throws IOException {
            byte[] start = readAt(in, 0, MAGIC.length + 1);
            if (!Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC)) {
                throw new Tampered("not an encrypted message file");
            }
            int idLength = start[MAGIC.length] & 0xFF;
            byte[] rest = readAt(in, start.length, idLength + SALT + PREFIX);
            byte[] bytes = ByteBuffer.allocate(start.length + rest.length).put(start).put(rest).array();
            return new Header(bytes, new String(rest, 0, idLength, StandardCharsets.US_ASCII),
                    Arrays.copyOfRange(rest, idLength, idLength + SALT), Arrays.copyOfRange(rest, idLength + SALT, rest.length));
        }

        /** This file's own key, derived from the key of its key id and its salt. */
        SecretKey fileKey(SecretKey master) {
            try {
                Mac kdf = Mac.getInstance("HmacSHA256");
                kdf.init(master);
                kdf.update(KDF_LABEL);
                return new SecretKeySpec(kdf.doFinal(salt), "AES");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available", e);
            }
        }

        Cipher cipher(SecretKey fileKey, int mode, long index, boolean last) throws IOException {
            if (index > 0xFFFF_FFFFL) {
                throw new IOException("a file of more than 2^32 chunks");
            }
            try {
                byte[] nonce = ByteBuffer.allocate(PREFIX + 4).put(prefix).putInt((int) index).array();
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(mode, fileKey, new GCMParameterSpec(TAG * 8, nonce));
                c.updateAAD(bytes);
                c.updateAAD(ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array());
                return c;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }
    }

    /** Whether stored bytes begin as a file this cipher writes (a file stored in clear before does not). */
    public static boolean isEncrypted(SeekableByteChannel stored) throws IOException {
        if (stored.size() < MAGIC.length) {
            return false;
        }
        return Arrays.equals(readAt(stored, 0, MAGIC.length), MAGIC);
    }

    /** The id of the key a stored file was encrypted with, from its header. */
    public static String keyIdOf(SeekableByteChannel stored) throws IOException {
        return Header.read(stored).keyId();
    }

    /**
     * A stream that encrypts what is written to it into out with the ring's current key, holding one chunk at most.
     * Only {@link Sealing#finish()} writes the last chunk: a stream closed without it leaves a file that never reads.
     */
    public static Sealing encrypting(OutputStream out, FileKeyRing keys) throws IOException {
        return new Sealing(out, keys.current(), Header.fresh(keys.currentId()));
    }

    public static final class Sealing extends OutputStream {
        private final OutputStream out;
        private final SecretKey fileKey;
        private final Header header;
        private final byte[] chunk = new byte[CHUNK];
        private final byte[] sealed = new byte[STORED_CHUNK];
        private int filled;
        private long index;
        private boolean finished;

        private Sealing(OutputStream out, SecretKey master, Header header) throws IOException {
            this.out = out;
            this.fileKey = header.fileKey(master);
            this.header = header;
            out.write(header.bytes());
        }

        public String keyId() {
            return header.keyId();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (finished) {
                throw new IOException("finished");
            }
            while (len > 0) {
                if (filled == CHUNK) {
                    // more follows: the full chunk is not the last
                    seal(false);
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, chunk, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        /** Writes the last chunk (the file is complete); the underlying stream stays open. */
        public void finish() throws IOException {
            if (!finished) {
                seal(true);
                finished = true;
                out.flush();
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                int n = header.cipher(fileKey, Cipher.ENCRYPT_MODE, index, last).doFinal(chunk, 0, filled, sealed, 0);
                out.write(sealed, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            Arrays.fill(chunk, 0, filled, (byte) 0);
            filled = 0;
            index++;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The size of the clear content of a stored file, from its length (checked by reading the last chunk). */
    public static long clearSize(SeekableByteChannel stored) throws IOException {
        return Layout.of(stored, Header.read(stored)).clearSize();
    }

    /** Where the chunks of a stored file are. */
    private record Layout(long headerLength, long chunks, long lastStored) {

        static Layout of(SeekableByteChannel stored, Header header) throws IOException {
            long payload = stored.size() - header.bytes().length;
            long chunks = Math.max(1, (payload + STORED_CHUNK - 1) / STORED_CHUNK);
            long lastStored = payload - (chunks - 1) * STORED_CHUNK;
            if (lastStored < TAG) {
                throw new Tampered("a stored file cut short");
            }
            return new Layout(header.bytes().length, chunks, lastStored);
        }

        long clearSize() {
            return (chunks - 1) * CHUNK + lastStored - TAG;
        }
    }

    /**
     * length clear bytes from offset, decrypting only the chunks they are in; a chunk that fails authentication
     * throws {@link Tampered} before any of its bytes is given. The stream closes the channel.
     */
    public static InputStream decrypting(SeekableByteChannel stored, FileKeyRing keys, long offset, long length) throws IOException {
        try {
            Header header = Header.read(stored);
            SecretKey master = keys.key(header.keyId());
            Layout layout = Layout.of(stored, header);
            if (offset < 0 || length < 0 || offset + length > layout.clearSize()) {
                throw new IOException("range " + offset + "+" + length + " outside the file's " + layout.clearSize() + " bytes");
            }
            return new Opening(stored, master, header, layout, offset, length);
        } catch (IOException | RuntimeException e) {
            stored.close();
            throw e;
        }
    }

    private static final class Opening extends InputStream {
        private final SeekableByteChannel stored;
        private final SecretKey fileKey;
        private final Header header;
        private final Layout layout;
        private final byte[] clear = new byte[STORED_CHUNK];
        private long index;
        private int position;
        private int available;
        private long left;

        Opening(SeekableByteChannel stored, SecretKey master, Header header, Layout layout, long offset, long length) {
            this.stored = stored;
            this.fileKey = header.fileKey(master);
            this.header = header;
            this.layout = layout;
            this.index = offset / CHUNK;
            this.left = length;
            this.position = (int) (offset % CHUNK);
            this.available = -1;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (available < 0 || position >= available) {
                if (available >= 0) {
                    index++;
                    position = 0;
                }
                open();
            }
            int n = (int) Math.min(Math.min(len, available - position), left);
            System.arraycopy(clear, position, b, off, n);
            position += n;
            left -= n;
            return n;
        }

        private void open() throws IOException {
            boolean last = index == layout.chunks() - 1;
            int storedLength = (int) (last ? layout.lastStored() : STORED_CHUNK);
            byte[] sealed = readAt(stored, layout.headerLength() + index * STORED_CHUNK, storedLength);
            try {
                available = header.cipher(fileKey, Cipher.DECRYPT_MODE, index, last).doFinal(sealed, 0, storedLength, clear, 0);
            } catch (AEADBadTagException e) {
                throw new Tampered("chunk " + index + " of a stored file fails authentication");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            if (position > available) {
                throw new Tampered("chunk " + index + " is shorter than its place says");
            }
        }

        @Override
        public void close() throws IOException {
            stored.close();
        }
    }

    private static byte[] readAt(SeekableByteChannel in, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        in.position(position);
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw new Tampered("a stored file cut short");
            }
        }
        return b.array();
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
