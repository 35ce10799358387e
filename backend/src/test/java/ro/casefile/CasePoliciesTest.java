package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.casefile.model.ClosureOutcome;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseStage;
import ro.casefile.model.CaseStagePolicy;
import ro.casefile.model.MeetingPolicy;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.SafetyHoldPolicy;
import ro.casefile.model.SafetyHoldPolicy.Latest;
import ro.casefile.model.SafetyHoldPolicy.ParticipantSafety;
import ro.casefile.model.SafetyHoldPolicy.Reason;
import ro.casefile.model.Side;
import ro.casefile.model.Way;
import ro.rules.Decision;

class CasePoliciesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final UUID ANNE = UUID.randomUUID();

    private static List<Reason> hold(boolean active, Latest latest) {
        return SafetyHoldPolicy.reasons(List.of(new ParticipantSafety(ANNE, active, Optional.ofNullable(latest))), TODAY)
                .stream().map(SafetyHoldPolicy.HoldReason::reason).toList();
    }

    @Test
    void high_risk_not_safe_and_overdue_each_put_the_case_on_hold() {
        assertThat(hold(true, new Latest(RiskLevel.HIGH, false, TODAY.plusDays(10)))).containsExactly(Reason.HIGH_RISK);
        assertThat(hold(true, new Latest(RiskLevel.LOW, true, TODAY.plusDays(10)))).containsExactly(Reason.NOT_SAFE_TO_PROCEED);
        assertThat(hold(true, new Latest(RiskLevel.LOW, false, TODAY.minusDays(1)))).containsExactly(Reason.REASSESSMENT_OVERDUE);
    }

    @Test
    void a_reassessment_due_today_is_not_yet_overdue_and_low_or_moderate_risk_does_not_hold() {
        assertThat(hold(true, new Latest(RiskLevel.MODERATE, false, TODAY))).isEmpty();
        assertThat(hold(true, null)).isEmpty();
    }

    @Test
    void a_withdrawn_participant_does_not_hold_the_case() {
        assertThat(hold(false, new Latest(RiskLevel.HIGH, true, TODAY.minusDays(1)))).isEmpty();
    }

    @Test
    void stages_move_forward_one_at_a_time_close_from_any_open_stage_and_reopen_from_closed() {
        assertThat(CaseStagePolicy.mayMove(CaseStage.PREPARATION, CaseStage.DIALOGUE, null, null)).isEqualTo(Decision.allowed());
        assertThat(CaseStagePolicy.mayMove(CaseStage.PREPARATION, CaseStage.FOLLOW_UP, null, null))
                .isEqualTo(Decision.refused("case.stage.illegal", "PREPARATION", "FOLLOW_UP"));
        assertThat(reason(CaseStagePolicy.mayMove(CaseStage.DIALOGUE, CaseStage.PREPARATION, null, null))).isEqualTo("case.stage.illegal");
        assertThat(CaseStagePolicy.mayMove(CaseStage.PREPARATION, CaseStage.CLOSED, "Ended early", ClosureOutcome.ENDED_OTHER).isAllowed()).isTrue();
        assertThat(reason(CaseStagePolicy.mayMove(CaseStage.FOLLOW_UP, CaseStage.CLOSED, " ", ClosureOutcome.ENDED_OTHER))).isEqualTo("case.stage.close-needs-outcome");
        assertThat(CaseStagePolicy.mayMove(CaseStage.CLOSED, CaseStage.PREPARATION, null, null).isAllowed()).isTrue();
        assertThat(reason(CaseStagePolicy.mayMove(CaseStage.FOLLOW_UP, CaseStage.CLOSED, "Ended early", null)))
                .isEqualTo("case.stage.close-needs-closure-outcome");
        assertThat(reason(CaseStagePolicy.mayMove(CaseStage.CLOSED, CaseStage.PREPARATION, null, ClosureOutcome.ENDED_OTHER)))
                .isEqualTo("case.stage.closure-outcome-only-to-close");
    }

    private static String reason(Decision d) {
        return d instanceof Decision.Refused r ? r.reasonKey() : "allowed";
    }

    private static final UUID OMAR = UUID.randomUUID();

    private static CaseSituation situation(CaseStage stage, boolean anneActive, Set<Way> anneConsents, Set<Way> ways,
            boolean noContactReviewPending, Latest anneSafety) {
        return CaseSituation.of(UUID.randomUUID(), stage, List.of(
                new CaseSituation.Member(ANNE, Side.HARMED, anneActive, Instant.EPOCH, anneConsents, Set.of()),
                new CaseSituation.Member(OMAR, Side.OFFENDER, true, Instant.EPOCH, Set.of(Way.FACE_TO_FACE), Set.of())),
                ways, anneSafety == null ? Map.of() : Map.of(ANNE, anneSafety), noContactReviewPending, TODAY);
    }

    private static String meeting(CaseSituation situation) {
        return reason(MeetingPolicy.mayScheduleMeeting(situation, List.of(new MeetingPolicy.Attendee(ANNE, "Anne"))));
    }

    @Test
    void a_meeting_is_refused_for_each_unmet_condition() {
        Set<Way> f2f = Set.of(Way.FACE_TO_FACE);
        assertThat(meeting(situation(CaseStage.DIALOGUE, true, f2f, f2f, false, null))).isEqualTo("allowed");
        assertThat(meeting(situation(CaseStage.DIALOGUE, true, f2f, f2f, false, new Latest(RiskLevel.HIGH, false, TODAY.plusDays(9)))))
                .isEqualTo("meeting.safety-hold");
        assertThat(meeting(situation(CaseStage.CLOSED, true, f2f, f2f, false, null))).isEqualTo("meeting.case-closed");
        assertThat(meeting(situation(CaseStage.DIALOGUE, true, f2f, Set.of(Way.LETTERS), false, null))).isEqualTo("meeting.face-to-face-not-chosen");
        assertThat(meeting(situation(CaseStage.DIALOGUE, true, f2f, f2f, true, null))).isEqualTo("meeting.no-contact-review-pending");
        assertThat(MeetingPolicy.mayScheduleMeeting(situation(CaseStage.DIALOGUE, false, f2f, f2f, false, null),
                List.of(new MeetingPolicy.Attendee(ANNE, "Anne")))).isEqualTo(Decision.refused("meeting.participant-withdrawn", "Anne"));
        assertThat(meeting(situation(CaseStage.DIALOGUE, true, Set.of(), f2f, false, null))).isEqualTo("meeting.participant-no-consent");
        assertThat(reason(MeetingPolicy.mayScheduleMeeting(situation(CaseStage.DIALOGUE, true, f2f, f2f, false, null), List.of())))
                .isEqualTo("meeting.no-participant");
    }

    @Test
    void the_situation_names_the_other_side_and_the_earliest_reassessment_of_those_taking_part() {
        CaseSituation s = situation(CaseStage.DIALOGUE, true, Set.of(), Set.of(), false, new Latest(RiskLevel.LOW, false, TODAY.plusDays(5)));
        assertThat(s.otherSideOf(ANNE)).containsExactly(OMAR);
        assertThat(s.nextSafetyReviewDue()).isEqualTo(TODAY.plusDays(5));
        assertThat(situation(CaseStage.DIALOGUE, false, Set.of(), Set.of(), false, new Latest(RiskLevel.LOW, false, TODAY.plusDays(5)))
                .nextSafetyReviewDue()).isNull();
    }
}
