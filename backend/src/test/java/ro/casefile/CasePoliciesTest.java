package ro.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.casefile.model.CaseStage;
import ro.casefile.model.CaseStagePolicy;
import ro.casefile.model.MeetingPolicy;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.SafetyHoldPolicy;
import ro.casefile.model.SafetyHoldPolicy.Latest;
import ro.casefile.model.SafetyHoldPolicy.ParticipantSafety;
import ro.casefile.model.SafetyHoldPolicy.Reason;
import ro.rules.Refusal;

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
        assertThatCode(() -> CaseStagePolicy.check(CaseStage.PREPARATION, CaseStage.DIALOGUE, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStagePolicy.check(CaseStage.PREPARATION, CaseStage.FOLLOW_UP, null)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CaseStagePolicy.check(CaseStage.DIALOGUE, CaseStage.PREPARATION, null)).isInstanceOf(Refusal.class);
        assertThatCode(() -> CaseStagePolicy.check(CaseStage.PREPARATION, CaseStage.CLOSED, "Ended early")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStagePolicy.check(CaseStage.FOLLOW_UP, CaseStage.CLOSED, " ")).isInstanceOf(Refusal.class)
                .hasMessage("case.stage.close-needs-outcome");
        assertThatCode(() -> CaseStagePolicy.check(CaseStage.CLOSED, CaseStage.PREPARATION, null)).doesNotThrowAnyException();
    }

    @Test
    void a_meeting_is_refused_for_each_unmet_condition() {
        List<MeetingPolicy.Attending> ok = List.of(new MeetingPolicy.Attending("Anne", true, true));
        assertThatCode(() -> MeetingPolicy.check(CaseStage.DIALOGUE, false, true, false, ok)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MeetingPolicy.check(CaseStage.DIALOGUE, true, true, false, ok)).hasMessage("meeting.safety-hold");
        assertThatThrownBy(() -> MeetingPolicy.check(CaseStage.CLOSED, false, true, false, ok)).hasMessage("meeting.case-closed");
        assertThatThrownBy(() -> MeetingPolicy.check(CaseStage.DIALOGUE, false, false, false, ok)).hasMessage("meeting.face-to-face-not-chosen");
        assertThatThrownBy(() -> MeetingPolicy.check(CaseStage.DIALOGUE, false, true, true, ok)).hasMessage("meeting.no-contact-review-pending");
        assertThatThrownBy(() -> MeetingPolicy.check(CaseStage.DIALOGUE, false, true, false,
                List.of(new MeetingPolicy.Attending("Anne", false, true)))).hasMessage("meeting.participant-withdrawn");
        assertThatThrownBy(() -> MeetingPolicy.check(CaseStage.DIALOGUE, false, true, false,
                List.of(new MeetingPolicy.Attending("Anne", true, false)))).hasMessage("meeting.participant-no-consent");
    }
}
