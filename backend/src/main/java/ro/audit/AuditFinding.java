package ro.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One thing verification found wrong with the audit trail")
public record AuditFinding(
        @Schema(description = "EDITED_ENTRY: an entry no longer matches its hash. DELETED_ENTRY: a sealed entry is gone."
                + " BROKEN_LINK: a seal does not point to the hash before it (a seal removed, rewritten or out of order)."
                + " TRUNCATED_TAIL: the chain is shorter than a signed checkpoint says (entries cut from its end)."
                + " CHECKPOINT_MISMATCH: the chain at a checkpoint's position no longer has its head or entry."
                + " REMOVED_CHECKPOINT: a checkpoint number is missing. BAD_SIGNATURE: a checkpoint's signature does"
                + " not verify with the listed key.") Kind kind,
        @Schema(description = "The entry concerned, when there is one", nullable = true) Long seq,
        @Schema(description = "The checkpoint concerned, when there is one", nullable = true) Long checkpoint,
        @Schema(description = "What was found, in words", maxLength = 300) String detail) {

    @Schema(name = "AuditFindingKind")
    public enum Kind {
        EDITED_ENTRY, DELETED_ENTRY, BROKEN_LINK, TRUNCATED_TAIL, CHECKPOINT_MISMATCH, REMOVED_CHECKPOINT, BAD_SIGNATURE
    }

    static AuditFinding entry(Kind kind, long seq, String detail) {
        return new AuditFinding(kind, seq, null, detail);
    }

    static AuditFinding checkpoint(Kind kind, long number, String detail) {
        return new AuditFinding(kind, null, number, detail);
    }
}
