package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;

/** Where message files live. The default keeps them in a directory; an object store can replace it. */
public interface FileStorage {

    /** A file written to storage: its key, its size and its SHA-256, and its first bytes for recognising its type. */
    record Written(String key, long size, String sha256, byte[] head) {
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

    /** Reads length bytes from offset. */
    InputStream read(String key, long offset, long length) throws IOException;

    /** The SHA-256 of what storage holds now, to check it against the one recorded. */
    String sha256(String key) throws IOException;

    void delete(String key);
}
