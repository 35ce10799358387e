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
        @Schema(description = "SHA-256 of the previous entry", maxLength = 64) String prevHash,
        @Schema(description = "SHA-256 of the previous hash and this entry", maxLength = 64) String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq, e.at, e.subject, e.username, e.roles, e.action, e.resourceType, e.resourceId,
                e.requestId, e.details, e.prevHash, e.hash);
    }
}
