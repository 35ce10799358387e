package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.NotFound;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseNote;
import ro.security.Caller;

/** Mediators' notes on a case. A note flagged mediators-only is read by the case's mediators and nobody else. */
@ApplicationScoped
public class NoteService {

    static final String AUDIT_TYPE = "CASE_NOTE";

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    ro.security.StaffNames staff;
    @Inject
    java.time.Clock clock;

    @Transactional
    public NoteView add(UUID caseId, NewNote note) {
        access.reachable(caseId);
        if (!access.isAssignedMediator(caseId)) {
            throw new NotFound("case.resource");
        }
        CaseNote n = CaseNote.of(caseId, caller.username(), note.text().strip(), Boolean.TRUE.equals(note.mediatorsOnly()),
                Instant.now(clock));
        cases.persistAny(n);
        cases.flush();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, n.id).with("case", caseId).fields(AuditRecord.filledFields(note)));
        return view(n);
    }

    @Transactional
    public List<NoteView> list(UUID caseId) {
        access.reachable(caseId);
        boolean mediator = access.isAssignedMediator(caseId);
        List<NoteView> notes = cases.getEntityManager()
                .createQuery("from CaseNote n where n.caseId = :c" + (mediator ? "" : " and n.mediatorsOnly = false")
                        + " order by n.createdAt, n.id", CaseNote.class)
                .setParameter("c", caseId).getResultList().stream().map(this::view).toList();
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("case", caseId));
        return notes;
    }

    NoteView view(CaseNote n) {
        return new NoteView(n.id, n.author, staff.of(n.author), n.text, n.mediatorsOnly, n.createdAt);
    }
}
