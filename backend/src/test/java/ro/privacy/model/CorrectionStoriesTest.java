package ro.privacy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.rules.Decision;
import ro.rules.Invalid;
import ro.rules.Refusal;

/** A correction request's life: recorded against a field the record has, resolved once, never twice. */
class CorrectionStoriesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");

    private static CorrectionRequest phoneDisputed() {
        return CorrectionRequest.open(new CorrectionRequest.Dispute(UUID.randomUUID(), RecordType.PARTICIPANT, UUID.randomUUID(),
                "contact.phone", "The number is not mine", "Use 613 555 0199"), "coordinator1", MONDAY);
    }

    @Test
    void a_request_about_a_field_the_record_has_is_recorded_open_and_listed_first() {
        CorrectionRequest c = phoneDisputed();
        assertThat(c.state).isEqualTo(CorrectionState.OPEN);
        assertThat(c.listRank).isZero();
        assertThat(c.resolvedAt).isNull();
        assertThat(CorrectionPolicy.mayConcern(RecordType.CASE_NOTE, null)).isEqualTo(Decision.allowed());
        assertThat(CorrectionPolicy.mayConcern(RecordType.SAFETY_ASSESSMENT, "riskLevel")).isEqualTo(Decision.allowed());
    }

    @Test
    void a_field_the_record_does_not_have_is_refused_naming_the_field() {
        assertThat(CorrectionPolicy.mayConcern(RecordType.CASE_NOTE, "riskLevel"))
                .isEqualTo(Decision.refused("correction.field.unknown", "riskLevel", "CASE_NOTE"));
        assertThatThrownBy(() -> CorrectionRequest.open(new CorrectionRequest.Dispute(UUID.randomUUID(), RecordType.MESSAGE,
                UUID.randomUUID(), "contact.phone", "wrong", "right"), "coordinator1", MONDAY))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.breaches()).singleElement()
                        .satisfies(b -> assertThat(b.field()).isEqualTo("field")));
    }

    @Test
    void annotated_the_record_stands_disputed_and_the_request_is_closed_with_the_note() {
        CorrectionRequest c = phoneDisputed();
        c.resolve(CorrectionOutcome.ANNOTATED, "The number was confirmed by the institution", "coordinator2", MONDAY.plusSeconds(60));
        assertThat(c.state).isEqualTo(CorrectionState.ANNOTATED);
        assertThat(c.resolvedBy).isEqualTo("coordinator2");
        assertThat(c.resolutionNote).isEqualTo("The number was confirmed by the institution");
        assertThat(c.listRank).isEqualTo(1);
    }

    @Test
    void a_resolved_request_is_not_resolved_again_and_keeps_its_outcome() {
        CorrectionRequest c = phoneDisputed();
        c.resolve(CorrectionOutcome.CORRECTED, "Phone corrected", "coordinator1", MONDAY);
        assertThat(CorrectionPolicy.mayResolve(c.state, CorrectionOutcome.ANNOTATED))
                .isEqualTo(Decision.refused("correction.already-resolved", "CORRECTED"));
        assertThatThrownBy(() -> c.resolve(CorrectionOutcome.ANNOTATED, "again", "coordinator1", MONDAY)).isInstanceOf(Refusal.class);
        assertThat(c.state).isEqualTo(CorrectionState.CORRECTED);
        assertThat(c.resolutionNote).isEqualTo("Phone corrected");
    }

    @Test
    void an_open_request_without_an_outcome_is_not_resolved() {
        assertThat(CorrectionPolicy.mayResolve(CorrectionState.OPEN, null)).isEqualTo(Decision.refused("correction.outcome.required"));
        assertThat(CorrectionPolicy.mayResolve(CorrectionState.OPEN, CorrectionOutcome.ANNOTATED)).isEqualTo(Decision.allowed());
    }
}
