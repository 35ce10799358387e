package ro.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.SafetyAssessment;
import ro.referral.model.SuitabilityAssessment;
import ro.referral.model.SuitabilityOutcome;
import ro.rules.Refusal;

/** The one lifecycle of the safety and the suitability assessment: draft, revise, finalise, amend. */
class AssessmentLifecycleTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
    private static final Instant WEDNESDAY = TUESDAY.plusSeconds(86_400);
    private static final LocalDate DEFAULT_DUE = LocalDate.of(2027, 2, 23);

    private static SafetyAssessment.Findings safety(RiskLevel risk, String measures) {
        return new SafetyAssessment.Findings(risk, "steady", "ready", measures, false, null);
    }

    private static SuitabilityAssessment.Findings suitability(SuitabilityOutcome outcome, String notes) {
        return new SuitabilityAssessment.Findings("fits", "motivated", "accepts", notes, outcome);
    }

    private static SafetyAssessment finalisedSafety() {
        SafetyAssessment a = SafetyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), null, safety(RiskLevel.LOW, "none"),
                "mia", MONDAY);
        a.finalise(DEFAULT_DUE, "mia", TUESDAY);
        return a;
    }

    private static SuitabilityAssessment finalisedSuitability() {
        SuitabilityAssessment a = SuitabilityAssessment.draft(UUID.randomUUID(), null,
                suitability(SuitabilityOutcome.SUITABLE, "first look"), "cora", MONDAY);
        a.finalise("cora", TUESDAY);
        return a;
    }

    @Test
    void a_draft_records_who_wrote_it_and_when_and_is_not_finalised() {
        SuitabilityAssessment a = SuitabilityAssessment.draft(UUID.randomUUID(), null,
                suitability(null, "first look"), "cora", MONDAY);

        assertThat(a.isFinalised()).isFalse();
        assertThat(a.lifecycle.createdBy).isEqualTo("cora");
        assertThat(a.lifecycle.createdAt).isEqualTo(MONDAY);
        assertThat(a.lifecycle.updatedAt).isEqualTo(MONDAY);
        assertThat(a.lifecycle.amendsId).isNull();
        assertThat(a.lifecycle.finalisedAt).isNull();
    }

    @Test
    void a_draft_is_revised_until_it_is_finalised() {
        SafetyAssessment a = SafetyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), null, safety(null, "none"), "mia", MONDAY);

        a.revise(safety(RiskLevel.HIGH, "separate waiting rooms"), TUESDAY);

        assertThat(a.riskLevel).isEqualTo(RiskLevel.HIGH);
        assertThat(a.safetyMeasures).isEqualTo("separate waiting rooms");
        assertThat(a.lifecycle.updatedAt).isEqualTo(TUESDAY);
        assertThat(a.lifecycle.createdAt).isEqualTo(MONDAY);
    }

    @Test
    void finalising_records_who_and_when() {
        SuitabilityAssessment a = finalisedSuitability();

        assertThat(a.isFinalised()).isTrue();
        assertThat(a.lifecycle.finalisedBy).isEqualTo("cora");
        assertThat(a.lifecycle.finalisedAt).isEqualTo(TUESDAY);
        assertThat(a.lifecycle.updatedAt).isEqualTo(TUESDAY);
    }

    @Test
    void a_finalised_assessment_is_never_edited() {
        SafetyAssessment safety = finalisedSafety();
        SuitabilityAssessment suitability = finalisedSuitability();

        assertThatThrownBy(() -> safety.revise(safety(RiskLevel.HIGH, "changed"), WEDNESDAY))
                .isInstanceOf(Refusal.class).hasMessage("safety.finalised.immutable");
        assertThatThrownBy(() -> suitability.revise(suitability(SuitabilityOutcome.NOT_SUITABLE, "changed"), WEDNESDAY))
                .isInstanceOf(Refusal.class).hasMessage("suitability.finalised.immutable");
        assertThat(safety.riskLevel).isEqualTo(RiskLevel.LOW);
        assertThat(suitability.outcome).isEqualTo(SuitabilityOutcome.SUITABLE);
        assertThat(suitability.lifecycle.updatedAt).isEqualTo(TUESDAY);
    }

    @Test
    void a_finalised_assessment_is_finalised_only_once() {
        SafetyAssessment safety = finalisedSafety();

        assertThatThrownBy(() -> safety.finalise(DEFAULT_DUE, "other", WEDNESDAY))
                .isInstanceOf(Refusal.class).hasMessage("safety.finalised.immutable");
        assertThat(safety.lifecycle.finalisedBy).isEqualTo("mia");
        assertThat(safety.lifecycle.finalisedAt).isEqualTo(TUESDAY);
    }

    @Test
    void each_kind_keeps_its_own_condition_for_finalising() {
        SafetyAssessment safety = SafetyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), null, safety(null, "x"), "mia", MONDAY);
        SuitabilityAssessment suitability = SuitabilityAssessment.draft(UUID.randomUUID(), null, suitability(null, "x"), "cora",
                MONDAY);

        assertThatThrownBy(() -> safety.finalise(DEFAULT_DUE, "mia", TUESDAY)).hasMessage("safety.finalise.needs-risk");
        assertThatThrownBy(() -> suitability.finalise("cora", TUESDAY)).hasMessage("suitability.finalise.needs-outcome");
        assertThat(safety.isFinalised()).isFalse();
        assertThat(suitability.isFinalised()).isFalse();
    }

    @Test
    void a_correction_amends_the_finalised_one() {
        SafetyAssessment first = finalisedSafety();

        SafetyAssessment correction = SafetyAssessment.draft(first.caseId, first.participantId, first,
                safety(RiskLevel.MODERATE, "escort"), "mia", WEDNESDAY);

        assertThat(correction.id).isNotEqualTo(first.id);
        assertThat(correction.lifecycle.amendsId).isEqualTo(first.id);
        assertThat(correction.isFinalised()).isFalse();
        assertThat(first.riskLevel).isEqualTo(RiskLevel.LOW);
        assertThat(first.isFinalised()).isTrue();
    }

    @Test
    void a_draft_is_revised_not_amended() {
        SuitabilityAssessment draft = SuitabilityAssessment.draft(UUID.randomUUID(), null, suitability(null, "x"), "cora", MONDAY);
        SafetyAssessment safetyDraft = SafetyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), null, safety(null, "x"), "mia",
                MONDAY);

        assertThatThrownBy(() -> SuitabilityAssessment.draft(draft.referralId, draft, suitability(null, "y"), "cora", TUESDAY))
                .isInstanceOf(Refusal.class).hasMessage("suitability.amend.draft");
        assertThatThrownBy(() -> SafetyAssessment.draft(safetyDraft.caseId, safetyDraft.participantId, safetyDraft,
                safety(null, "y"), "mia", TUESDAY)).isInstanceOf(Refusal.class).hasMessage("safety.amend.draft");
    }

    @Test
    void the_safety_assessment_falls_due_by_default_when_finalised_without_a_date() {
        SafetyAssessment a = finalisedSafety();

        assertThat(a.nextDue).isEqualTo(DEFAULT_DUE);
    }
}
