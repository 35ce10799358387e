package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseStage;
import ro.casefile.model.FeedbackAnswer;
import ro.casefile.model.ParticipantFeedback;
import ro.rules.Duplicate;
import ro.rules.Invalid;
import ro.rules.Refusal;
import ro.rules.Text;
import ro.security.Caller;

/**
 * Participants' feedback after closure, recorded by the case's coordinators and mediators for them:
 * voluntary (every statement may be declined), once per participant and case. Free text stays with
 * the case; only the answers on the scale are counted in the statistics.
 */
@ApplicationScoped
public class FeedbackService {

    static final String AUDIT_TYPE = "FEEDBACK";

    private final CaseRepository cases;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Caller caller;
    private final java.time.Clock clock;
    private final ro.security.StaffNames staff;

    FeedbackService(CaseRepository cases, CaseAccess access, AuditTrail audit, Caller caller, java.time.Clock clock,
            ro.security.StaffNames staff) {
        this.staff = staff;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public FeedbackView record(UUID caseId, NewFeedback feedback) {
        CaseSituation situation = access.situationOf(access.reachableForChange(caseId));
        if (situation.stage() != CaseStage.CLOSED) {
            throw new Refusal("case.feedback.not-closed", situation.stage());
        }
        if (situation.participants().stream().noneMatch(m -> m.participantId().equals(feedback.participantId()))) {
            throw Invalid.field("participantId", "CaseParticipant", "case.feedback.not-a-participant");
        }
        List<ParticipantFeedback> recorded = of(caseId);
        recorded.stream().filter(f -> f.participantId.equals(feedback.participantId())).findFirst().ifPresent(f -> {
            throw new Duplicate("case.feedback.already-recorded", f.id.toString());
        });
        ParticipantFeedback f = new ParticipantFeedback(caseId, feedback.participantId(), new FeedbackAnswer[] { feedback.feltSafe(),
                feedback.feltHeard(), feedback.needsMet(), feedback.wouldRecommend() }, Text.blankToNull(feedback.comments()),
                caller.username(), Instant.now(clock));
        cases.persistAny(f);
        cases.flush();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, f.id).with("case", caseId).with("participant", f.participantId)
                .fields(AuditRecord.filledFields(feedback)));
        return FeedbackView.of(f, staff);
    }

    @Transactional
    public List<FeedbackView> list(UUID caseId) {
        access.reachable(caseId);
        List<FeedbackView> views = of(caseId).stream().map(f -> FeedbackView.of(f, staff)).toList();
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("case", caseId));
        return views;
    }

    private List<ParticipantFeedback> of(UUID caseId) {
        return cases.getEntityManager().createQuery("from ParticipantFeedback f where f.caseId = :c order by f.recordedAt, f.id",
                ParticipantFeedback.class).setParameter("c", caseId).getResultList();
    }
}
