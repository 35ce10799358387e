package ro.privacy.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.DueReason;
import ro.privacy.model.DisposableKind;

@Schema(description = "A record whose retention period has ended: it names nobody, only the record, the rule and the dates")
public record DueRecord(
        @Schema(required = true) DisposableKind recordType,
        @Schema(required = true) UUID recordId,
        @Schema(required = true, description = "The rule of the schedule it has reached the end of") DueReason reason,
        @Schema(required = true, description = "The date its retention ran from: the closure, the decision, the last change") Instant runsFrom,
        @Schema(required = true, description = "When its retention period ended") Instant dueSince,
        @Schema(nullable = true, description = "The legal hold that stops its disposal, if any") LegalHoldView hold) {
}
