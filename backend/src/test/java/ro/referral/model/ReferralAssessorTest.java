package ro.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import ro.rules.Refusal;

/** A coordinator assigns a mediator to a referral's assessment; the mediator assesses it while it is being assessed. */
class ReferralAssessorTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = AT.plusSeconds(3600);

    private static Referral in(ReferralState state) {
        return ReferralStatesTest.in(state);
    }

    private static String refusalOf(Runnable change) {
        return ReferralStatesTest.refusalOf(change);
    }

    @Test
    void a_mediator_assigned_to_a_submitted_referral_assesses_it_and_keeps_it_once_the_assessment_starts() {
        Referral r = in(ReferralState.SUBMITTED);
        assertThat(r.assessedBy("mediator1")).isFalse();
        r.assignAssessor("mediator1", "coordinator1", LATER);
        assertThat(r.assessor).isEqualTo("mediator1");
        assertThat(r.assessorAssignedAt).isEqualTo(LATER);
        assertThat(r.assessorAssignedBy).isEqualTo("coordinator1");
        assertThat(r.updatedAt).isEqualTo(LATER);
        assertThat(r.assessedBy("mediator1")).isTrue();
        assertThat(r.assessedBy("mediator2")).isFalse();
        r.startAssessment(LATER);
        assertThat(r.assessedBy("mediator1")).isTrue();
    }

    @Test
    void reassigning_the_assessment_ends_the_first_mediators_reach_at_once() {
        Referral r = in(ReferralState.UNDER_ASSESSMENT);
        r.assignAssessor("mediator1", "coordinator1", AT);
        r.assignAssessor("mediator2", "coordinator2", LATER);
        assertThat(r.assessedBy("mediator1")).isFalse();
        assertThat(r.assessedBy("mediator2")).isTrue();
        assertThat(r.assessorAssignedBy).isEqualTo("coordinator2");
    }

    @Test
    void removing_the_assessor_ends_their_reach_and_a_second_removal_is_refused() {
        Referral r = in(ReferralState.UNDER_ASSESSMENT);
        r.assignAssessor("mediator1", "coordinator1", AT);
        r.removeAssessor(LATER);
        assertThat(r.assessedBy("mediator1")).isFalse();
        assertThat(r.assessor).isNull();
        assertThat(r.assessorAssignedAt).isNull();
        assertThat(r.assessorAssignedBy).isNull();
        assertThat(refusalOf(() -> r.removeAssessor(LATER))).isEqualTo("referral.assessor.none");
    }

    @Test
    void the_coordinators_decision_ends_the_assessors_reach_whatever_it_is() {
        Referral accepted = in(ReferralState.UNDER_ASSESSMENT);
        accepted.assignAssessor("mediator1", "coordinator1", AT);
        accepted.accept(Optional.of(SuitabilityOutcome.SUITABLE), "coordinator1", LATER);
        assertThat(accepted.assessedBy("mediator1")).isFalse();

        Referral declined = in(ReferralState.UNDER_ASSESSMENT);
        declined.assignAssessor("mediator1", "coordinator1", AT);
        declined.decline(DeclineReason.SAFETY, null, "coordinator1", LATER);
        assertThat(declined.assessedBy("mediator1")).isFalse();

        Referral withdrawn = in(ReferralState.SUBMITTED);
        withdrawn.assignAssessor("mediator1", "coordinator1", AT);
        withdrawn.withdraw("coordinator1", LATER);
        assertThat(withdrawn.assessedBy("mediator1")).isFalse();
    }

    @Test
    void a_mediator_is_assigned_or_removed_only_while_the_referral_is_being_assessed() {
        for (ReferralState closed : EnumSet.complementOf(EnumSet.of(ReferralState.SUBMITTED, ReferralState.UNDER_ASSESSMENT))) {
            Referral r = in(closed);
            assertThat(refusalOf(() -> r.assignAssessor("mediator1", "coordinator1", LATER))).as(closed.name())
                    .isEqualTo("referral.assessor.closed");
            assertThat(r.assessor).isNull();
            assertThat(r.updatedAt).isEqualTo(AT);
            assertThat(ReferralMovePolicy.mayAssignAssessor(closed).isAllowed()).isFalse();
        }
        assertThat(ReferralMovePolicy.mayAssignAssessor(ReferralState.SUBMITTED).isAllowed()).isTrue();
        assertThat(ReferralMovePolicy.mayAssignAssessor(ReferralState.UNDER_ASSESSMENT).isAllowed()).isTrue();
    }

    @Test
    void a_closed_referral_keeps_its_assessor_on_record_but_cannot_lose_them() {
        Referral r = in(ReferralState.UNDER_ASSESSMENT);
        r.assignAssessor("mediator1", "coordinator1", AT);
        r.withdraw("coordinator1", LATER);
        assertThatThrownBy(() -> r.removeAssessor(LATER)).isInstanceOf(Refusal.class);
        assertThat(r.assessor).isEqualTo("mediator1");
    }
}
