package ro.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.rules.RefusedAction;
import ro.casefile.model.CaseAction;
import ro.casefile.model.CaseStage;
import ro.casefile.model.ClosureOutcome;
import ro.casefile.model.Way;
import ro.security.StaffName;

@Schema(description = "A case: its stage, participants, mediators, ways of communicating and safety hold")
public record CaseView(
        @Schema(required = true) UUID id,
        @Schema(required = true) CaseStage stage,
        @Schema(maxLength = 4000, nullable = true) String outcomeSummary,
        @Schema(nullable = true) ClosureOutcome closureOutcome,
        @Schema(required = true) Instant openedAt,
        @Schema(required = true, maxLength = 100) String openedBy,
        @Schema(required = true, description = "Who opened it, as people call them") StaffName openedByName,
        @Schema(nullable = true) Instant closedAt,
        @Schema(required = true, maxItems = 20) List<UUID> referralIds,
        @Schema(required = true, maxItems = 50) List<CaseParticipantView> participants,
        @Schema(required = true, maxItems = 2, description = "User names of the assigned mediators") List<String> mediators,
        @Schema(required = true, maxItems = 2, description = "The assigned mediators as people call them, in the order of `mediators`") List<StaffName> mediatorNames,
        @Schema(required = true, maxItems = 4) List<Way> ways,
        @Schema(required = true, description = "Derived: never set by hand") boolean onSafetyHold,
        @Schema(required = true, maxItems = 150) List<HoldReasonView> holdReasons,
        @Schema(nullable = true, description = "The earliest date an active participant's next safety assessment is due") LocalDate nextAssessmentDue,
        @Schema(required = true, description = "A referral's no-contact condition waits for a coordinator's review: no meeting until then") boolean noContactReviewPending,
        @Schema(required = true) long version,
        @Schema(required = true, maxItems = 4, description = "What the caller may do with the case now, as the server's rules decide") List<CaseAction> allowedActions,
        @Schema(required = true, maxItems = 2, description = "What the coordinator should know about the case as it is, without refusing anything: e.g. no assigned mediator speaks a participant's preferred language") List<CaseWarning> warnings,
        @Schema(required = true, description = "Whether the case as it is lets a meeting be scheduled (each attendee is checked when it is)") boolean mayScheduleMeeting,
        @Schema(required = true, maxItems = 5, description = "What the caller's role may do with the case (stage moves, SCHEDULE_MEETING) but the server's rules refuse now, each with the reason they would give") List<RefusedAction> refusedActions) {
}
