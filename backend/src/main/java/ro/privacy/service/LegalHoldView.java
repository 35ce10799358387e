package ro.privacy.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.DisposableKind;

@Schema(description = "A legal hold on a record: it is not disposed of while the hold stands")
public record LegalHoldView(
        @Schema(required = true) DisposableKind recordType,
        @Schema(required = true) UUID recordId,
        @Schema(required = true, maxLength = 1000, description = "Why the record is held (a matter, a request), as the coordinator gave it") String reason,
        @Schema(required = true) Instant placedAt,
        @Schema(required = true, maxLength = 100) String placedBy,
        @Schema(required = true) long version) {
}
