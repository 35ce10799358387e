package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

import ro.rules.Refusal;

/** A safety assessment of one participant in a case; finalised ones are never edited, only amended. */
@Entity
@Table(name = "safety_assessment")
public class SafetyAssessment {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;
    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;
    @Column(name = "amends_id", updatable = false)
    public UUID amendsId;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;
    @Column(name = "emotional_wellbeing")
    public String emotionalWellbeing;
    public String readiness;
    @Column(name = "safety_measures")
    public String safetyMeasures;
    @Column(name = "not_safe_to_proceed", nullable = false)
    public boolean notSafeToProceed;
    @Column(name = "next_due")
    public LocalDate nextDue;
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

    /** What the assessor found. */
    public record Findings(RiskLevel riskLevel, String emotionalWellbeing, String readiness, String safetyMeasures,
            boolean notSafeToProceed, LocalDate nextDue) {
    }

    public static SafetyAssessment draft(UUID caseId, UUID participantId, SafetyAssessment amends, Findings f, String by,
            Instant at) {
        if (amends != null && amends.finalisedAt == null) {
            throw new Refusal("safety.amend.draft");
        }
        SafetyAssessment a = new SafetyAssessment();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.participantId = participantId;
        a.amendsId = amends == null ? null : amends.id;
        a.createdAt = at;
        a.createdBy = by;
        a.write(f, at);
        return a;
    }

    public void revise(Findings f, Instant at) {
        if (finalisedAt != null) {
            throw new Refusal("safety.finalised.immutable");
        }
        write(f, at);
    }

    /** A finalised assessment has a risk level; the next one falls due on the date given, or by default. */
    public void finalise(LocalDate defaultNextDue, String by, Instant at) {
        if (finalisedAt != null) {
            throw new Refusal("safety.finalised.immutable");
        }
        if (riskLevel == null) {
            throw new Refusal("safety.finalise.needs-risk");
        }
        if (nextDue == null) {
            nextDue = defaultNextDue;
        }
        finalisedAt = at;
        finalisedBy = by;
        updatedAt = at;
    }

    private void write(Findings f, Instant at) {
        riskLevel = f.riskLevel();
        emotionalWellbeing = f.emotionalWellbeing();
        readiness = f.readiness();
        safetyMeasures = f.safetyMeasures();
        notSafeToProceed = f.notSafeToProceed();
        nextDue = f.nextDue();
        updatedAt = at;
    }
}
