package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A face-to-face meeting to schedule")
public record NewMeeting(
        @Size(max = 120) @Schema(maxLength = 120, description = "The place as text; needed unless `institutionId` is given") String institution,
        @NotNull @Schema(required = true) Instant scheduledFor,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) String safetyPlan,
        @NotNull @Size(min = 1, max = 20) @Schema(required = true, minItems = 1, maxItems = 20, description = "Attending participants of the case") List<@NotNull UUID> participantIds,
        @Size(max = 20) @Schema(maxItems = 20) List<@Valid Attendee> others,
        @Schema(description = "The place, chosen from the active institutions: sets `institution` to its English name") UUID institutionId) {

    @Schema(description = "Someone attending who is not a participant of the case")
    public record Attendee(
            @NotNull @Schema(required = true, enumeration = { "SUPPORT_PERSON", "MEDIATOR", "ESCORT_STAFF" }) ro.casefile.model.MeetingAttendee.Role role,
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String name) {
    }
}
