package ro.referral.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ro.rules.Refusal;

/**
 * The suitability of a referral: the appropriateness of the request, the offender's motivation and
 * acceptance of responsibility. A draft until finalised; never edited after; a correction is a new
 * assessment that amends it.
 */
@Entity
@Table(name = "suitability_assessment")
public class SuitabilityAssessment {

    @Id
    public UUID id;
    @Column(name = "referral_id", nullable = false, updatable = false)
    public UUID referralId;
    @Column(name = "amends_id", updatable = false)
    public UUID amendsId;
    public String appropriateness;
    public String motivation;
    @Column(name = "acceptance_of_responsibility")
    public String acceptanceOfResponsibility;
    public String notes;
    @Enumerated(EnumType.STRING)
    public SuitabilityOutcome outcome;
    @Column(name = "finalised_at")
    public Instant finalisedAt;
    @Column(name = "finalised_by")
    public String finalisedBy;
    @Version
    public long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected SuitabilityAssessment() {
    }

    /** What an assessor writes. */
    public record Findings(String appropriateness, String motivation, String acceptanceOfResponsibility, String notes,
            SuitabilityOutcome outcome) {
    }

    public static SuitabilityAssessment draft(UUID referralId, SuitabilityAssessment amends, Findings findings, String by,
            Instant at) {
        if (amends != null && !amends.isFinalised()) {
            throw new Refusal("suitability.amend.draft");
        }
        SuitabilityAssessment a = new SuitabilityAssessment();
        a.id = UUID.randomUUID();
        a.referralId = referralId;
        a.amendsId = amends == null ? null : amends.id;
        a.createdAt = at;
        a.createdBy = by;
        a.write(findings, at);
        return a;
    }

    public void revise(Findings findings, Instant at) {
        if (isFinalised()) {
            throw new Refusal("suitability.finalised.immutable");
        }
        write(findings, at);
    }

    public void finalise(String by, Instant at) {
        if (isFinalised()) {
            throw new Refusal("suitability.finalised.immutable");
        }
        if (outcome == null) {
            throw new Refusal("suitability.finalise.needs-outcome");
        }
        this.finalisedAt = at;
        this.finalisedBy = by;
        this.updatedAt = at;
    }

    public boolean isFinalised() {
        return finalisedAt != null;
    }

    private void write(Findings f, Instant at) {
        this.appropriateness = f.appropriateness();
        this.motivation = f.motivation();
        this.acceptanceOfResponsibility = f.acceptanceOfResponsibility();
        this.notes = f.notes();
        this.outcome = f.outcome();
        this.updatedAt = at;
    }
}
