package ro.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One entry of the audit trail")
public record AuditEntryView(
        @Schema(description = "Position in the chain") long seq,
        @Schema(description = "When (UTC)") Instant at,
        @Schema(description = "Token subject of the caller", maxLength = 100) String subject,
        @Schema(description = "User name of the caller", maxLength = 100) String username,
        @Schema(description = "The caller's program roles, comma-separated", maxLength = 200) String roles,
        @Schema(description = "What was done, e.g. CREATE, READ, UPDATE, LIST", maxLength = 40) String action,
        @Schema(description = "Kind of record", maxLength = 40) String resourceType,
        @Schema(description = "Id of the record", maxLength = 100) String resourceId,
        @Schema(description = "Request id", maxLength = 100) String requestId,
        @Schema(description = "Ids listed, fields changed, or the query of a search (never personal data)", maxLength = 10000) String details,
        @Schema(description = "SHA-256 of the previous entry in the chain; none until the entry is sealed (within about a"
                + " second)", maxLength = 64, nullable = true) String prevHash,
        @Schema(description = "SHA-256 of the previous hash and this entry; none until the entry is sealed", maxLength = 64,
                nullable = true) String hash) {

    /** An entry, with its place in the chain when it is sealed ({@code seal}: prev_hash and hash, or null). */
    static AuditEntryView of(AuditEntry e, String[] seal) {
        return new AuditEntryView(e.seq, e.at, e.subject, e.username, e.roles, e.action, e.resourceType, e.resourceId,
                e.requestId, e.details, seal == null ? null : seal[0], seal == null ? null : seal[1]);
    }
}
