package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where message files live, encrypted at rest: what is given and read back is the clear content, what storage
 * holds never is. The default keeps them in a directory ({@link DirectoryFileStorage}); an S3-compatible object
 * store can replace it ({@link S3FileStorage}, ro.relay.storage=s3). A key that storage does not hold throws
 * {@link java.nio.file.NoSuchFileException} in both.
 */
public interface FileStorage {

    /**
     * A file written to storage: its key, the id of the key it is encrypted with, its size and the SHA-256 of its
     * clear content, and its first bytes for recognising its type.
     */
    record Written(String key, String keyId, long size, String sha256, byte[] head) {
    }

    /** The key a stored file is encrypted with is not given to this program: the file cannot be read. */
    class KeyUnavailable extends IOException {
        public KeyUnavailable(String keyId) {
            super("the key " + keyId + " of a stored file is not configured");
        }
    }

    /** The body was larger than allowed; nothing was kept. */
    class TooLarge extends IOException {
        public TooLarge() {
            super("too large");
        }
    }

    /**
     * Streams the body to storage, never holding it whole in memory, computing its SHA-256 on the way.
     * On any failure (too large, the client gone) nothing is left behind.
     */
    Written write(InputStream body, long maxBytes) throws IOException;

    /** Reads length bytes of clear content from offset; a part that fails authentication throws, never gives bytes. */
    InputStream read(String key, long offset, long length) throws IOException;

    /** Throws {@link KeyUnavailable} when the key the file needs is not configured (checked before a read is answered). */
    void requireKey(String key) throws IOException;

    /** The SHA-256 of the clear content storage holds now, to check it against the one recorded. */
    String sha256(String key) throws IOException;

    /**
     * Encrypts a file stored in clear before encryption at rest, in place (the clear copy is replaced whole);
     * one already encrypted is left as it is. Returns the id of its key.
     */
    String encryptLegacy(String key) throws IOException;

    void delete(String key);

    /**
     * Something storage holds, for the orphan sweep: a stored file (upload null) or an upload never finished, its
     * handle in upload (a {@code .partial} file, an incomplete multipart upload's id); lastModified is when it was
     * last written to.
     */
    record Entry(String key, Instant lastModified, String upload) {

        public boolean unfinished() {
            return upload != null;
        }
    }

    /**
     * Hands over, one at a time as the listing goes, what storage holds under a key this program makes (a UUID) and
     * was last written to before the instant: stored files and unfinished uploads. Anything else in the directory or
     * bucket is never listed, so never removed. Nothing holds the whole listing: a store of any size is walked in
     * the memory of one page of it.
     */
    void forEachOlderThan(Instant before, Consumer<Entry> each) throws IOException;

    /** Removes a listed entry (deletes the file, aborts the upload); false when it was gone already. */
    boolean remove(Entry entry) throws IOException;
}
