package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ro.assessment.Assessment;
import ro.rules.Decision;

/** A safety assessment of one participant in a case; finalised ones are never edited, only amended. */
@Entity
public class SafetyAssessment extends Assessment {

    @Column(updatable = false)
    public UUID caseId;
    @Column(updatable = false)
    public UUID participantId;
    @Enumerated(EnumType.STRING)
    public RiskLevel riskLevel;
    public String emotionalWellbeing;
    public String readiness;
    public String safetyMeasures;
    public boolean notSafeToProceed;
    public LocalDate nextDue;

    /** What the assessor found. */
    public record Findings(RiskLevel riskLevel, String emotionalWellbeing, String readiness, String safetyMeasures,
            boolean notSafeToProceed, LocalDate nextDue) {
    }

    public static SafetyAssessment draft(UUID caseId, UUID participantId, SafetyAssessment amends, Findings f, String by,
            Instant at) {
        SafetyAssessment a = new SafetyAssessment();
        a.startDraft(amends, by, at);
        a.caseId = caseId;
        a.participantId = participantId;
        a.write(f);
        return a;
    }

    public void revise(Findings f, Instant at) {
        revised(at);
        write(f);
    }

    /** A finalised assessment has a risk level; the next one falls due on the date given, or by default. */
    public void finalise(LocalDate defaultNextDue, String by, Instant at) {
        finalised(by, at);
        if (nextDue == null) {
            nextDue = defaultNextDue;
        }
    }

    /** What the assessor found, as it stands. */
    public Findings findings() {
        return new Findings(riskLevel, emotionalWellbeing, readiness, safetyMeasures, notSafeToProceed, nextDue);
    }

    /** Refusals named {@code safety.finalised.immutable}, {@code safety.amend.draft}. */
    @Override
    protected String kind() {
        return "safety";
    }

    @Override
    protected Decision readyToFinalise() {
        return riskLevel == null ? Decision.refused("safety.finalise.needs-risk") : Decision.allowed();
    }

    private void write(Findings f) {
        riskLevel = f.riskLevel();
        emotionalWellbeing = f.emotionalWellbeing();
        readiness = f.readiness();
        safetyMeasures = f.safetyMeasures();
        notSafeToProceed = f.notSafeToProceed();
        nextDue = f.nextDue();
    }
}
