package ro.casefile.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event of a case, in order")
public record TimelineEntry(
        @Schema(required = true) long seq,
        @Schema(required = true) Instant at,
        @Schema(required = true, maxLength = 100) String actor,
        @Schema(required = true, maxLength = 40, description = "e.g. OPENED, STAGE, WAYS, CONSENT, WITHDRAWN, REJOINED, SAFETY_ASSESSMENT, MEETING_SCHEDULED, MEETING_CANCELLED, MEDIATORS") String kind,
        @Schema(required = true, maxLength = 1000) String summary) {
}
