package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.StaleVersion;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.assessment.AssessmentAction;
import ro.assessment.AssessmentLifecycle;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseFile;
import ro.casefile.model.SafetyAssessment;
import ro.rules.Breach;
import ro.rules.AllowedActions;
import ro.rules.Refusal;
import ro.rules.Wording;
import ro.security.Caller;
import ro.security.Roles;


/** Safety assessments of a case's participants: drafted, revised, finalised, amended. */
@ApplicationScoped
public class SafetyService {

    static final String AUDIT_TYPE = "SAFETY_ASSESSMENT";

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    CaseService caseService;
    @Inject
    CaseMoves moves;
    @Inject
    SafetySettings settings;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    ro.security.StaffNames staff;
    @Inject
    Wording wording;
    @Inject
    java.time.Clock clock;

    @Transactional
    public SafetyAssessmentView draft(UUID caseId, SafetyFindings findings) {
        access.reachableForChange(caseId);
        if (findings.participantId() == null) {
            throw new Invalid(List.of(new Breach("participantId", "NotNull", "safety.participant.required")));
        }
        caseService.member(caseId, findings.participantId());
        SafetyAssessment amends = null;
        if (findings.amends() != null) {
            amends = find(caseId, findings.amends());
            if (!amends.participantId.equals(findings.participantId())) {
                throw new Refusal("safety.amend.other-participant");
            }
        }
        Instant now = Instant.now(clock);
        SafetyAssessment a = SafetyAssessment.draft(caseId, findings.participantId(), amends, findings.findings(), caller.username(), now);
        cases.persistAny(a);
        cases.flush();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, a.id).with("case", caseId).with("amends", a.lifecycle.amendsId)
                .fields(AuditRecord.filledFields(a.findings())));
        return view(a);
    }

    @Transactional
    public SafetyAssessmentView revise(UUID caseId, UUID id, long expectedVersion, SafetyFindings findings) {
        access.reachableForChange(caseId);
        SafetyAssessment a = find(caseId, id);
        StaleVersion.requireCurrent(a.version, expectedVersion);
        SafetyAssessment.Findings before = a.findings();
        a.revise(findings.findings(), Instant.now(clock));
        cases.flush();
        audit.record(AuditRecord.change("UPDATE", AUDIT_TYPE, id).with("case", caseId)
                .fields(AuditRecord.changedFields(before, a.findings())));
        return view(a);
    }

    /** Finalising may put the case on safety hold, or clear it: the hold is derived from the latest finalised assessments. */
    @Transactional
    public SafetyAssessmentView finalise(UUID caseId, UUID id, long expectedVersion) {
        CaseFile caseFile = access.reachableForChange(caseId);
        SafetyAssessment a = find(caseId, id);
        StaleVersion.requireCurrent(a.version, expectedVersion);
        Instant now = Instant.now(clock);
        SafetyAssessment.Findings before = a.findings();
        moves.changingHold(caseFile, () -> a.finalise(caseService.today().plusDays(settings.reassessmentDays()), caller.username(), now));
        caseService.event(caseId, "SAFETY_ASSESSMENT", a.notSafeToProceed ? "SAFETY_ASSESSMENT_NOT_SAFE" : "SAFETY_ASSESSMENT", now,
                caseService.nameOf(a.participantId), a.riskLevel.name(), a.nextDue.toString());
        cases.flush();
        audit.record(AuditRecord.change("FINALISE", AUDIT_TYPE, id).with("case", caseId).fields(AssessmentLifecycle.FINALISED_FIELDS)
                .fields(AuditRecord.changedFields(before, a.findings())));
        return view(a);
    }

    @Transactional
    public List<SafetyAssessmentView> list(UUID caseId) {
        access.reachable(caseId);
        List<SafetyAssessment> all = cases.getEntityManager()
                .createQuery("from SafetyAssessment a where a.caseId = :c order by a.lifecycle.createdAt, a.id", SafetyAssessment.class)
                .setParameter("c", caseId).getResultList();
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("case", caseId));
        return all.stream().map(this::view).toList();
    }

    private SafetyAssessment find(UUID caseId, UUID id) {
        SafetyAssessment a = cases.getEntityManager().find(SafetyAssessment.class, id);
        if (a == null || !a.caseId.equals(caseId)) {
            throw new NotFound("safety.resource");
        }
        return a;
    }

    /** The assessment, with what its reader (a coordinator or a mediator of the case) may do with it now. */
    SafetyAssessmentView view(SafetyAssessment a) {
        return new SafetyAssessmentView(a.id, a.caseId, a.participantId, a.lifecycle.amendsId, a.riskLevel, a.emotionalWellbeing,
                a.readiness, a.safetyMeasures, a.notSafeToProceed, a.nextDue, a.isFinalised(), a.lifecycle.finalisedAt,
                a.lifecycle.finalisedBy, staff.of(a.lifecycle.finalisedBy), a.version, a.lifecycle.createdAt, a.lifecycle.createdBy,
                staff.of(a.lifecycle.createdBy),
                AllowedActions.of(AssessmentAction.class, x -> caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR), a::mayDo),
                AllowedActions.refused(AssessmentAction.class, x -> caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR), a::mayDo, wording));
    }
}
