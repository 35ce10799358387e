package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

import ro.assessment.AssessmentAction;
import ro.assessment.AssessmentLifecycle;
import ro.rules.Decision;

/** A safety assessment of one participant in a case; finalised ones are never edited, only amended. */
@Entity
public class SafetyAssessment {

    /** Names this kind's refusals: {@code safety.finalised.immutable}, {@code safety.amend.draft}. */
    static final String KIND = "safety";

    @Id
    public UUID id;
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
    @Embedded
    public AssessmentLifecycle lifecycle;
    @Version
    public long version;

    /** What the assessor found. */
    public record Findings(RiskLevel riskLevel, String emotionalWellbeing, String readiness, String safetyMeasures,
            boolean notSafeToProceed, LocalDate nextDue) {
    }

    public static SafetyAssessment draft(UUID caseId, UUID participantId, SafetyAssessment amends, Findings f, String by,
            Instant at) {
        AssessmentLifecycle lifecycle = AssessmentLifecycle.draft(by, at);
        if (amends != null) {
            lifecycle.amend(KIND, amends.id, amends.lifecycle);
        }
        SafetyAssessment a = new SafetyAssessment();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.participantId = participantId;
        a.lifecycle = lifecycle;
        a.write(f);
        return a;
    }

    public void revise(Findings f, Instant at) {
        lifecycle.revised(KIND, at);
        write(f);
    }

    /** A finalised assessment has a risk level; the next one falls due on the date given, or by default. */
    public void finalise(LocalDate defaultNextDue, String by, Instant at) {
        mayDo(AssessmentAction.FINALISE).orRefuse();
        if (nextDue == null) {
            nextDue = defaultNextDue;
        }
        lifecycle.finalise(KIND, by, at);
    }

    /** What the assessor found, as it stands. */
    public Findings findings() {
        return new Findings(riskLevel, emotionalWellbeing, readiness, safetyMeasures, notSafeToProceed, nextDue);
    }

    /** What the lifecycle allows, and finalising needs a risk level. */
    public Decision mayDo(AssessmentAction action) {
        return lifecycle.mayDo(KIND, action).and(() -> action == AssessmentAction.FINALISE && riskLevel == null
                ? Decision.refused("safety.finalise.needs-risk") : Decision.allowed());
    }

    public boolean isFinalised() {
        return lifecycle.isFinalised();
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
