package ro.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A signed checkpoint of the sealed audit chain: how long it was and where its head was."
        + " Written to the API's log too (one line each), so a copy outside the database proves a truncation.")
public record AuditCheckpoint(
        @Schema(description = "1, 2, 3...: a missing number is a removed checkpoint") long number,
        @Schema(description = "When it was written (UTC)") Instant at,
        @Schema(description = "How many entries were sealed then: the position of the head in the chain") long sealed,
        @Schema(description = "The number (seq) of the entry at the head") long lastSeq,
        @Schema(description = "The chain's hash at the head", maxLength = 64) String head,
        @Schema(description = "Which key signed it: the first 16 hex digits of the SHA-256 of its public key", maxLength = 64) String keyId,
        @Schema(description = "Ed25519 signature (base64) of the UTF-8 text ro-audit-checkpoint|number|at|sealed|lastSeq|head"
                + " (at as ISO-8601 UTC, e.g. 2026-11-30T09:15:02.123456Z)", maxLength = 200) String signature) {

    static final String SELECT = "select number, at, sealed, last_seq, head, key_id, signature from audit_checkpoint";

    static AuditCheckpoint of(ResultSet rs) throws SQLException {
        return new AuditCheckpoint(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3),
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    /** The exact text signed: UTF-8, without a final newline. */
    public String signedText() {
        return String.join("|", "ro-audit-checkpoint", Long.toString(number), at.toString(), Long.toString(sealed),
                Long.toString(lastSeq), head);
    }

    /** The line the sealer logs. */
    String logLine() {
        return "AUDIT CHECKPOINT number=" + number + " at=" + at + " sealed=" + sealed + " lastSeq=" + lastSeq + " head=" + head
                + " key=" + keyId + " signature=" + signature;
    }
}
