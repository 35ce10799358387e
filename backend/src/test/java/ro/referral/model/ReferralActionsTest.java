package ro.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.referral.model.ReferralAction.ACCEPT;
import static ro.referral.model.ReferralAction.DECLINE;
import static ro.referral.model.ReferralAction.START_ASSESSMENT;
import static ro.referral.model.ReferralAction.WITHDRAW;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import ro.rules.AllowedActions;

/** What a read of a referral offers, as the move policy that enforces the moves decides. */
class ReferralActionsTest {

    private static List<ReferralAction> offered(ReferralState state, Optional<SuitabilityOutcome> outcome) {
        return offered(state, outcome, FederalSentence.YES);
    }

    private static List<ReferralAction> offered(ReferralState state, Optional<SuitabilityOutcome> outcome, FederalSentence sentence) {
        return AllowedActions.of(ReferralAction.class, a -> true, a -> ReferralMovePolicy.mayDo(a, state, outcome, sentence));
    }

    @Test
    void acceptance_is_not_offered_while_eligibility_is_not_known_or_is_known_to_be_missing() {
        Optional<SuitabilityOutcome> suitable = Optional.of(SuitabilityOutcome.SUITABLE);
        assertThat(offered(ReferralState.UNDER_ASSESSMENT, suitable, FederalSentence.UNKNOWN)).containsExactly(DECLINE, WITHDRAW);
        assertThat(offered(ReferralState.UNDER_ASSESSMENT, suitable, FederalSentence.NO)).containsExactly(DECLINE, WITHDRAW);
        assertThat(offered(ReferralState.UNDER_ASSESSMENT, suitable, FederalSentence.YES)).containsExactly(ACCEPT, DECLINE, WITHDRAW);
    }

    @Test
    void a_submitted_referral_offers_its_assessment_or_its_withdrawal() {
        assertThat(offered(ReferralState.SUBMITTED, Optional.empty())).containsExactly(START_ASSESSMENT, WITHDRAW);
        assertThat(offered(ReferralState.DORMANT, Optional.empty())).containsExactly(WITHDRAW);
    }

    @Test
    void a_referral_under_assessment_offers_acceptance_only_once_a_finalised_assessment_finds_it_suitable() {
        assertThat(offered(ReferralState.UNDER_ASSESSMENT, Optional.empty())).containsExactly(DECLINE, WITHDRAW);
        assertThat(offered(ReferralState.UNDER_ASSESSMENT, Optional.of(SuitabilityOutcome.NOT_SUITABLE))).containsExactly(DECLINE, WITHDRAW);
        assertThat(offered(ReferralState.UNDER_ASSESSMENT, Optional.of(SuitabilityOutcome.SUITABLE)))
                .containsExactly(ACCEPT, DECLINE, WITHDRAW);
    }

    @Test
    void a_decided_referral_offers_nothing() {
        for (ReferralState decided : List.of(ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.WITHDRAWN)) {
            assertThat(offered(decided, Optional.of(SuitabilityOutcome.SUITABLE))).isEmpty();
        }
    }

    @Test
    void every_offered_action_is_one_the_policy_allows_and_every_other_one_it_refuses() {
        for (ReferralState state : ReferralState.values()) {
            for (SuitabilityOutcome outcome : SuitabilityOutcome.values()) {
                List<ReferralAction> listed = offered(state, Optional.of(outcome));
                for (ReferralAction action : ReferralAction.values()) {
                    assertThat(ReferralMovePolicy.mayDo(action, state, Optional.of(outcome), FederalSentence.YES).isAllowed())
                            .isEqualTo(listed.contains(action));
                }
            }
        }
    }

    @Test
    void a_caller_whose_role_may_not_call_an_action_is_not_offered_it() {
        assertThat(AllowedActions.of(ReferralAction.class, a -> a != WITHDRAW,
                a -> ReferralMovePolicy.mayDo(a, ReferralState.SUBMITTED, Optional.empty(), FederalSentence.UNKNOWN)))
                .containsExactly(START_ASSESSMENT);
    }
}
