package ro.casefile.service;

import java.time.Instant;

import ro.security.StaffName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event of a case, in order")
public record TimelineEntry(
        @Schema(required = true) long seq,
        @Schema(required = true) Instant at,
        @Schema(required = true, maxLength = 100, description = "The user name of who did it") String actor,
        @Schema(required = true, description = "Who did it, as people call them") StaffName actorName,
        @Schema(required = true, maxLength = 40, description = "e.g. OPENED, STAGE, WAYS, CONSENT, WITHDRAWN, REJOINED, SAFETY_ASSESSMENT, MEETING_SCHEDULED, MEETING_CANCELLED, MEDIATORS, JOINED, MESSAGE") String kind,
        @Schema(required = true, maxLength = 1000, description = "The event in a sentence, in the language asked (a fallback: the portal words `details`)") String summary,
        @Schema(required = true) TimelineDetails details) {
}
