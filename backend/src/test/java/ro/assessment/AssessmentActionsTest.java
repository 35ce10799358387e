package ro.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.assessment.AssessmentAction.AMEND;
import static ro.assessment.AssessmentAction.FINALISE;
import static ro.assessment.AssessmentAction.REVISE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.SafetyAssessment;
import ro.referral.model.SuitabilityAssessment;
import ro.referral.model.SuitabilityOutcome;
import ro.rules.AllowedActions;
import ro.rules.Refusal;

/** What a read of an assessment offers, as the lifecycle and the assessment's own condition for finalising decide. */
class AssessmentActionsTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2027, 2, 23);

    private static SafetyAssessment safetyDraft(RiskLevel risk) {
        return SafetyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), null,
                new SafetyAssessment.Findings(risk, "steady", "ready", "none", false, null), "mia", AT);
    }

    private static SuitabilityAssessment suitabilityDraft(SuitabilityOutcome outcome) {
        return SuitabilityAssessment.draft(UUID.randomUUID(), null,
                new SuitabilityAssessment.Findings("fits", "motivated", "accepts", null, outcome), "mia", AT);
    }

    private static List<AssessmentAction> offered(SafetyAssessment a) {
        return AllowedActions.of(AssessmentAction.class, x -> true, a::mayDo);
    }

    private static List<AssessmentAction> offered(SuitabilityAssessment a) {
        return AllowedActions.of(AssessmentAction.class, x -> true, a::mayDo);
    }

    @Test
    void a_draft_offers_revising_and_finalising_and_a_finalised_assessment_offers_only_amending() {
        SafetyAssessment safety = safetyDraft(RiskLevel.LOW);
        assertThat(offered(safety)).containsExactly(REVISE, FINALISE);
        safety.finalise(DUE, "mia", AT);
        assertThat(offered(safety)).containsExactly(AMEND);

        SuitabilityAssessment suitability = suitabilityDraft(SuitabilityOutcome.SUITABLE);
        assertThat(offered(suitability)).containsExactly(REVISE, FINALISE);
        suitability.finalise("mia", AT);
        assertThat(offered(suitability)).containsExactly(AMEND);
    }

    @Test
    void a_draft_is_not_offered_for_finalising_before_it_has_what_finalising_needs_and_finalising_it_is_refused() {
        SafetyAssessment noRisk = safetyDraft(null);
        assertThat(offered(noRisk)).containsExactly(REVISE);
        assertThatThrownBy(() -> noRisk.finalise(DUE, "mia", AT)).isInstanceOf(Refusal.class).hasMessage("safety.finalise.needs-risk");

        SuitabilityAssessment noOutcome = suitabilityDraft(null);
        assertThat(offered(noOutcome)).containsExactly(REVISE);
        assertThatThrownBy(() -> noOutcome.finalise("mia", AT)).isInstanceOf(Refusal.class)
                .hasMessage("suitability.finalise.needs-outcome");
    }

    @Test
    void what_a_finalised_assessment_does_not_offer_is_refused_and_a_draft_is_not_amended() {
        SafetyAssessment finalised = safetyDraft(RiskLevel.LOW);
        finalised.finalise(DUE, "mia", AT);
        assertThatThrownBy(() -> finalised.revise(finalised.findings(), AT)).isInstanceOf(Refusal.class)
                .hasMessage("safety.finalised.immutable");
        assertThatThrownBy(() -> finalised.finalise(DUE, "mia", AT)).isInstanceOf(Refusal.class).hasMessage("safety.finalised.immutable");
        SafetyAssessment draft = safetyDraft(RiskLevel.LOW);
        assertThatThrownBy(() -> SafetyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), draft, draft.findings(), "mia", AT))
                .isInstanceOf(Refusal.class).hasMessage("safety.amend.draft");
    }

    @Test
    void a_caller_whose_role_may_not_call_an_action_is_not_offered_it() {
        assertThat(AllowedActions.of(AssessmentAction.class, x -> x != FINALISE, safetyDraft(RiskLevel.LOW)::mayDo))
                .containsExactly(REVISE);
    }
}
