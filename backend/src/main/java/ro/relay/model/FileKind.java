package ro.relay.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the relay accepts, recognised by their content (magic bytes), never by the
 * client's Content-Type: PDF, JPEG and PNG scans for letters; MP4 and WebM for video messages.
 */
public enum FileKind {
    PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"), MP4("video/mp4"), WEBM("video/webm");

    /** How many leading bytes are enough to recognise every kind. */
    public static final int HEAD = 12;

    private final String contentType;

    FileKind(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** A video message's file; the others are letters' scans. */
    public boolean isVideo() {
        return contentType.startsWith("video/");
    }

    public static Optional<FileKind> recognise(byte[] head) {
        if (startsWith(head, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 4, "ftyp".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(MP4);
        }
        if (startsWith(head, 0, new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 })) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
