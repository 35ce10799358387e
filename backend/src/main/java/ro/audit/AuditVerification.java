package ro.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The result of checking the audit trail's sealed hash chain and its signed checkpoints: from the"
        + " first entry, or from a checkpoint verified before (incremental)")
public record AuditVerification(
        @Schema(description = "True when nothing was found: every sealed entry matches its hash and its predecessor, and"
                + " every checkpoint is present, signed and matched by the chain") boolean intact,
        @Schema(description = "How many sealed entries were checked") long checked,
        @Schema(description = "The first entry that does not match, when the chain is broken", nullable = true) Long firstBrokenSeq,
        @Schema(description = "The checkpoint the check started from (incremental), or none (from the first entry)",
                nullable = true) Long fromCheckpoint,
        @Schema(description = "How many entries the chain holds (sealed)") long sealed,
        @Schema(description = "How many committed entries wait to be sealed (not covered by this check)") long unsealed,
        @Schema(description = "How many checkpoints were checked") long checkpointsChecked,
        @Schema(description = "The newest checkpoint checked: start the next incremental check from it", nullable = true)
        Long lastCheckpoint,
        @Schema(description = "What was found wrong, first ones first (at most 100)", maxItems = 100) List<AuditFinding> findings,
        @Schema(description = "How long the check took, in milliseconds") long tookMillis) {
}
