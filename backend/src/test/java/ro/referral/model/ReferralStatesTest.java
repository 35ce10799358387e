package ro.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.referral.model.ReferralMovePolicy.Move;
import ro.rules.Decision;
import ro.rules.Refusal;

/** The referral's state machine and the policy that allows or refuses each move, as stories of the program. */
class ReferralStatesTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    static Referral in(ReferralState state) {
        Referral r = Referral.harmedPersonRequest(UUID.randomUUID(), "123456A", Channel.PHONE, null, null,
                new Referral.Submitter("sub", "coordinator1"), AT);
        r.state = state;
        r.federalSentence = FederalSentence.YES;
        return r;
    }

    @Test
    void a_referral_is_accepted_only_once_it_is_known_to_be_eligible() {
        Referral r = in(ReferralState.UNDER_ASSESSMENT);
        r.federalSentence = FederalSentence.UNKNOWN;
        assertThat(refusalOf(() -> r.accept(Optional.of(SuitabilityOutcome.SUITABLE), "c", AT))).isEqualTo("referral.accept.eligibility-unknown");
        r.recordEligibility(FederalSentence.NO, null, AT);
        assertThat(refusalOf(() -> r.accept(Optional.of(SuitabilityOutcome.SUITABLE), "c", AT))).isEqualTo("referral.accept.not-eligible");
        r.recordEligibility(FederalSentence.YES, VictimRegistration.REPRESENTATIVE, AT);
        r.accept(Optional.of(SuitabilityOutcome.SUITABLE), "c", AT);
        assertThat(r.state).isEqualTo(ReferralState.ACCEPTED);
        assertThat(r.victimRegistration).isEqualTo(VictimRegistration.REPRESENTATIVE);
    }

    @Test
    void a_referral_is_declined_as_not_eligible_only_when_known_not_to_be() {
        for (FederalSentence notKnownNo : new FederalSentence[] { FederalSentence.UNKNOWN, FederalSentence.YES }) {
            Referral r = in(ReferralState.UNDER_ASSESSMENT);
            r.federalSentence = notKnownNo;
            assertThat(refusalOf(() -> r.decline(DeclineReason.NOT_ELIGIBLE, null, "c", AT))).isEqualTo("referral.decline.not-eligible-needs-no");
            assertThat(r.state).isEqualTo(ReferralState.UNDER_ASSESSMENT);
        }
        Referral r = in(ReferralState.UNDER_ASSESSMENT);
        r.recordEligibility(FederalSentence.NO, null, AT);
        r.decline(DeclineReason.NOT_ELIGIBLE, null, "c", AT);
        assertThat(r.state).isEqualTo(ReferralState.DECLINED);
    }

    @Test
    void eligibility_is_recorded_while_the_referral_is_open_and_never_after_its_decision() {
        assertThat(refusalOf(() -> in(ReferralState.ACCEPTED).recordEligibility(FederalSentence.NO, null, AT)))
                .isEqualTo("referral.eligibility.decided");
        Referral dormant = in(ReferralState.DORMANT);
        dormant.recordEligibility(FederalSentence.UNKNOWN, null, AT);
        assertThat(dormant.federalSentence).isEqualTo(FederalSentence.UNKNOWN);
    }

    static String refusalOf(Runnable move) {
        try {
            move.run();
        } catch (Refusal r) {
            return r.messageKey();
        }
        return null;
    }

    @Test
    void a_dormant_referral_becomes_submitted_when_the_other_side_comes_forward() {
        Referral r = in(ReferralState.DORMANT);
        r.matched(AT);
        assertThat(r.state).isEqualTo(ReferralState.SUBMITTED);
    }

    @Test
    void a_submitted_referral_is_assessed_then_accepted_only_with_a_finalised_suitable_assessment() {
        Referral r = in(ReferralState.SUBMITTED);
        r.startAssessment(AT);
        assertThat(r.state).isEqualTo(ReferralState.UNDER_ASSESSMENT);
        assertThat(refusalOf(() -> r.accept(Optional.empty(), "coordinator1", AT))).isEqualTo("referral.accept.no-assessment");
        assertThat(refusalOf(() -> r.accept(Optional.of(SuitabilityOutcome.NOT_SUITABLE), "coordinator1", AT)))
                .isEqualTo("referral.accept.not-suitable");
        assertThat(r.state).isEqualTo(ReferralState.UNDER_ASSESSMENT);
        r.accept(Optional.of(SuitabilityOutcome.SUITABLE), "coordinator1", AT);
        assertThat(r.state).isEqualTo(ReferralState.ACCEPTED);
        assertThat(r.decidedBy).isEqualTo("coordinator1");
    }

    @Test
    void a_referral_cannot_be_accepted_before_it_is_assessed_even_with_a_suitable_outcome() {
        assertThatThrownBy(() -> in(ReferralState.SUBMITTED).accept(Optional.of(SuitabilityOutcome.SUITABLE), "c", AT))
                .isInstanceOf(Refusal.class).hasMessage("referral.move.illegal");
    }

    @Test
    void a_decline_for_another_reason_says_what_it_is() {
        Referral r = in(ReferralState.UNDER_ASSESSMENT);
        assertThat(refusalOf(() -> r.decline(DeclineReason.OTHER, " ", "c", AT))).isEqualTo("referral.decline.other-needs-details");
        r.decline(DeclineReason.SAFETY, null, "c", AT);
        assertThat(r.state).isEqualTo(ReferralState.DECLINED);
    }

    @Test
    void a_referral_can_be_withdrawn_until_it_is_decided_and_never_after() {
        for (ReferralState open : new ReferralState[] {ReferralState.DORMANT, ReferralState.SUBMITTED, ReferralState.UNDER_ASSESSMENT}) {
            Referral r = in(open);
            r.withdraw("c", AT);
            assertThat(r.state).isEqualTo(ReferralState.WITHDRAWN);
        }
        for (ReferralState closed : new ReferralState[] {ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.WITHDRAWN}) {
            assertThat(refusalOf(() -> in(closed).withdraw("c", AT))).isEqualTo("referral.move.illegal");
        }
    }

    @Test
    void the_policy_decides_without_throwing_and_names_the_move_and_the_state_it_refuses() {
        assertThat(ReferralMovePolicy.mayMove(ReferralState.SUBMITTED, Move.START_ASSESSMENT).isAllowed()).isTrue();
        assertThat(ReferralMovePolicy.mayMove(ReferralState.ACCEPTED, Move.DECLINE))
                .isEqualTo(Decision.refused("referral.move.illegal", "DECLINE", "ACCEPTED"));
        assertThat(ReferralMovePolicy.mayAccept(ReferralState.UNDER_ASSESSMENT, Optional.of(SuitabilityOutcome.MORE_INFORMATION_NEEDED),
                FederalSentence.YES))
                .isEqualTo(Decision.refused("referral.accept.not-suitable", "MORE_INFORMATION_NEEDED"));
        assertThat(ReferralMovePolicy.mayDecline(ReferralState.UNDER_ASSESSMENT, DeclineReason.OTHER, "Moved away", FederalSentence.UNKNOWN)
                .isAllowed()).isTrue();
    }

    @Test
    void starting_the_assessment_records_when_it_started_for_the_statistics() {
        Referral r = in(ReferralState.SUBMITTED);
        assertThat(r.assessmentStartedAt).isNull();
        Instant later = AT.plusSeconds(86_400);
        r.startAssessment(later);
        assertThat(r.state).isEqualTo(ReferralState.UNDER_ASSESSMENT);
        assertThat(r.assessmentStartedAt).isEqualTo(later);
    }
}
