package ro.referral.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import ro.assessment.AssessmentAction;
import ro.assessment.AssessmentLifecycle;
import ro.rules.Decision;

/**
 * The suitability of a referral: the appropriateness of the request, the offender's motivation and
 * acceptance of responsibility. A draft until finalised; never edited after; a correction is a new
 * assessment that amends it.
 */
@Entity
public class SuitabilityAssessment {

    /** Names this kind's refusals: {@code suitability.finalised.immutable}, {@code suitability.amend.draft}. */
    static final String KIND = "suitability";

    @Id
    public UUID id;
    @Column(updatable = false)
    public UUID referralId;
    public String appropriateness;
    public String motivation;
    public String acceptanceOfResponsibility;
    public String notes;
    @Enumerated(EnumType.STRING)
    public SuitabilityOutcome outcome;
    @Embedded
    public AssessmentLifecycle lifecycle;
    @Version
    public long version;

    protected SuitabilityAssessment() {
    }

    /** What an assessor writes. */
    public record Findings(String appropriateness, String motivation, String acceptanceOfResponsibility, String notes,
            SuitabilityOutcome outcome) {
    }

    public static SuitabilityAssessment draft(UUID referralId, SuitabilityAssessment amends, Findings findings, String by,
            Instant at) {
        AssessmentLifecycle lifecycle = AssessmentLifecycle.draft(by, at);
        if (amends != null) {
            lifecycle.amend(KIND, amends.id, amends.lifecycle);
        }
        SuitabilityAssessment a = new SuitabilityAssessment();
        a.id = UUID.randomUUID();
        a.referralId = referralId;
        a.lifecycle = lifecycle;
        a.write(findings);
        return a;
    }

    public void revise(Findings findings, Instant at) {
        lifecycle.revised(KIND, at);
        write(findings);
    }

    public void finalise(String by, Instant at) {
        mayDo(AssessmentAction.FINALISE).orRefuse();
        lifecycle.finalise(KIND, by, at);
    }

    /** What the assessor wrote, as it stands. */
    public Findings findings() {
        return new Findings(appropriateness, motivation, acceptanceOfResponsibility, notes, outcome);
    }

    /** What the lifecycle allows, and finalising needs an outcome. */
    public Decision mayDo(AssessmentAction action) {
        return lifecycle.mayDo(KIND, action).and(() -> action == AssessmentAction.FINALISE && outcome == null
                ? Decision.refused("suitability.finalise.needs-outcome") : Decision.allowed());
    }

    public boolean isFinalised() {
        return lifecycle.isFinalised();
    }

    private void write(Findings f) {
        this.appropriateness = f.appropriateness();
        this.motivation = f.motivation();
        this.acceptanceOfResponsibility = f.acceptanceOfResponsibility();
        this.notes = f.notes();
        this.outcome = f.outcome();
    }
}
