package ro.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One thing waiting: why, since when, by when, and what it is about (the record ids the portal links to)")
public record WorkItemView(
        @Schema(required = true, description = "Why it is in the queue, e.g. OVERDUE or DUE_SOON for a reassessment, the state a referral waits in") String reason,
        @Schema(required = true, description = "Since when it has waited (or, for a meeting, when it is)") Instant since,
        @Schema(nullable = true, description = "The date it is due, where there is one") LocalDate dueOn,
        @Schema(nullable = true) UUID caseId,
        @Schema(nullable = true) UUID referralId,
        @Schema(nullable = true) UUID messageId,
        @Schema(nullable = true) UUID meetingId,
        @Schema(required = true, maxItems = 20) List<WorkPerson> people) {
}
