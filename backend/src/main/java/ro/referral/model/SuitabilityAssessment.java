package ro.referral.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ro.assessment.Assessment;
import ro.rules.Decision;

/**
 * The suitability of a referral: the appropriateness of the request, the offender's motivation and
 * acceptance of responsibility. A draft until finalised; never edited after; a correction is a new
 * assessment that amends it.
 */
@Entity
public class SuitabilityAssessment extends Assessment {

    @Column(updatable = false)
    public UUID referralId;
    public String appropriateness;
    public String motivation;
    public String acceptanceOfResponsibility;
    public String notes;
    @Enumerated(EnumType.STRING)
    public SuitabilityOutcome outcome;

    protected SuitabilityAssessment() {
    }

    /** What an assessor writes. */
    public record Findings(String appropriateness, String motivation, String acceptanceOfResponsibility, String notes,
            SuitabilityOutcome outcome) {
    }

    public static SuitabilityAssessment draft(UUID referralId, SuitabilityAssessment amends, Findings findings, String by,
            Instant at) {
        SuitabilityAssessment a = new SuitabilityAssessment();
        a.startDraft(amends, by, at);
        a.referralId = referralId;
        a.write(findings);
        return a;
    }

    public void revise(Findings findings, Instant at) {
        revised(at);
        write(findings);
    }

    public void finalise(String by, Instant at) {
        finalised(by, at);
    }

    /** What the assessor wrote, as it stands. */
    public Findings findings() {
        return new Findings(appropriateness, motivation, acceptanceOfResponsibility, notes, outcome);
    }

    /** Refusals named {@code suitability.finalised.immutable}, {@code suitability.amend.draft}. */
    @Override
    protected String kind() {
        return "suitability";
    }

    @Override
    protected Decision readyToFinalise() {
        return outcome == null ? Decision.refused("suitability.finalise.needs-outcome") : Decision.allowed();
    }

    private void write(Findings f) {
        this.appropriateness = f.appropriateness();
        this.motivation = f.motivation();
        this.acceptanceOfResponsibility = f.acceptanceOfResponsibility();
        this.notes = f.notes();
        this.outcome = f.outcome();
    }
}
