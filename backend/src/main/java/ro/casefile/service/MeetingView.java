package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.Meeting;
import ro.casefile.model.MeetingAttendee;

@Schema(description = "A face-to-face meeting")
public record MeetingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID caseId,
        @Schema(required = true, maxLength = 120) String institution,
        @Schema(nullable = true, description = "The institution chosen from the list, when one was") UUID institutionId,
        @Schema(required = true) Instant scheduledFor,
        @Schema(required = true, maxLength = 4000) String safetyPlan,
        @Schema(required = true) Meeting.MeetingState state,
        @Schema(maxLength = 4000, nullable = true) String outcome,
        @Schema(maxLength = 4000, nullable = true) String agreements,
        @Schema(maxLength = 1000, nullable = true) String cancelReason,
        @Schema(required = true, maxItems = 40) List<AttendeeView> attendees,
        @Schema(required = true) long version) {

    @Schema(description = "Someone attending a meeting")
    public record AttendeeView(
            @Schema(required = true) MeetingAttendee.Role role,
            @Schema(nullable = true) UUID participantId,
            @Schema(required = true, maxLength = 200) String name) {
    }
}
