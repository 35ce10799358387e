package ro.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a file of {@code size} bytes (RFC 9110, one range of bytes):
 * {@code bytes=10-19}, an open {@code bytes=10-} (to the end) or a suffix {@code bytes=-500} (the
 * last 500). A header that is absent or not one such range (several ranges, another unit) asks for
 * the whole file; a range that starts at or after the end cannot be satisfied (416).
 */
public record ByteRange(long start, long end, long size, boolean partial) {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d{0,18})-(\\d{0,18})$");

    public static ByteRange of(String header, long size) {
        ByteRange whole = new ByteRange(0, size - 1, size, false);
        if (header == null) {
            return whole;
        }
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return whole;
        }
        if (m.group(1).isEmpty()) {
            return new ByteRange(Math.max(0, size - Long.parseLong(m.group(2))), size - 1, size, true);
        }
        long start = Long.parseLong(m.group(1));
        long end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        return new ByteRange(start, end, size, true);
    }

    /** False for a range that starts at or after the end of the file, or ends before it starts. */
    public boolean satisfiable() {
        return !partial || (start < size && start <= end);
    }

    /** 200 for the whole file, 206 for a part, 416 for a range outside it. */
    public int status() {
        if (!satisfiable()) {
            return 416;
        }
        return partial ? 206 : 200;
    }

    public long length() {
        return end - start + 1;
    }

    /** The Content-Range header of a part, or of a refusal ({@code bytes *}{@code /size}). */
    public String contentRange() {
        return satisfiable() ? "bytes " + start + "-" + end + "/" + size : "bytes */" + size;
    }
}
