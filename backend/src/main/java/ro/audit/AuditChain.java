package ro.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail: each entry's hash is the SHA-256 of the previous entry's
 * hash and the entry's own content, so changing, removing or reordering one entry breaks every
 * hash after it.
 */
public final class AuditChain {

    /** The hash that the first entry points back to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** What an entry says, in the form that is hashed. */
    public record Content(long seq, Instant at, String subject, String username, String roles, String action,
            String resourceType, String resourceId, String requestId, String details) {

        /** Timestamps are kept to the microsecond, as PostgreSQL stores them. */
        public static Instant truncate(Instant at) {
            return at.truncatedTo(ChronoUnit.MICROS);
        }

        String canonical() {
            return String.join("\u001f", Long.toString(seq), truncate(at).toString(), n(subject), n(username), n(roles),
                    n(action), n(resourceType), n(resourceId), n(requestId), n(details));
        }

        private static String n(String s) {
            return s == null ? "\u2400" : s;
        }
    }

    public static String hash(String previousHash, Content content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** Whether an entry, as stored, still matches its place in the chain. */
    public static boolean intact(String expectedPrevious, String storedPrevious, String storedHash, Content content) {
        return expectedPrevious.equals(storedPrevious) && hash(storedPrevious, content).equals(storedHash);
    }
}
