package ro.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The result of checking the audit trail's hash chain from its first entry")
public record AuditVerification(
        @Schema(description = "True when every entry matches its hash and its predecessor") boolean intact,
        @Schema(description = "How many entries were checked") long checked,
        @Schema(description = "The first entry that does not match, when the chain is broken", nullable = true) Long firstBrokenSeq) {
}
