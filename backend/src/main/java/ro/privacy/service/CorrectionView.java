package ro.privacy.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.CorrectionRequest;
import ro.privacy.model.CorrectionState;
import ro.privacy.model.RecordType;
import ro.security.StaffName;

@Schema(description = "A correction request: the record (and field) disputed, what the person says, and how it was resolved")
public record CorrectionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The participant who asked") UUID participantId,
        @Schema(required = true) RecordType recordType,
        @Schema(required = true) UUID recordId,
        @Schema(nullable = true, maxLength = 60, description = "The field disputed; absent: the record as a whole") String field,
        @Schema(required = true, maxLength = 4000, description = "What the person says is wrong (their statement)") String whatIsWrong,
        @Schema(required = true, maxLength = 4000, description = "What the person asks instead") String whatIsAsked,
        @Schema(required = true, description = "OPEN; CORRECTED; ANNOTATED: disputed, the record keeps its value") CorrectionState state,
        @Schema(nullable = true, maxLength = 4000) String resolutionNote,
        @Schema(required = true) Instant requestedAt,
        @Schema(required = true, maxLength = 100) String requestedBy,
        @Schema(required = true, description = "Who took the request, as people call them") StaffName requestedByName,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true, maxLength = 100) String resolvedBy,
        @Schema(nullable = true, description = "Who resolved it, as people call them") StaffName resolvedByName,
        @Schema(required = true, description = "Changes with every change; also the ETag") long version) {

    static CorrectionView of(CorrectionRequest c, ro.security.StaffNames staff) {
        return new CorrectionView(c.id, c.participantId, c.recordType, c.recordId, c.field, c.whatIsWrong, c.whatIsAsked, c.state,
                c.resolutionNote, c.requestedAt, c.requestedBy, staff.of(c.requestedBy), c.resolvedAt, c.resolvedBy,
                staff.of(c.resolvedBy), c.version);
    }
}
