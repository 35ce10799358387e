package ro.casefile.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.NotFound;
import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseSituation;
import ro.security.CaseScope;
import ro.security.Caller;
import ro.security.Roles;

/**
 * Which cases the caller reaches: coordinators every case; a mediator only the cases assigned to
 * them now (a reassignment ends their access at once); anyone else none. A case the caller may not
 * reach answers 404, as if it did not exist.
 */
@RequestScoped
public class CaseAccess implements CaseSituations {

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    CaseScope scope() {
        return caller.caseScope();
    }

    /** Whether the caller is a mediator assigned to the case now (a coordinator may be one too). */
    boolean isAssignedMediator(UUID caseId) {
        return caller.is(Roles.MEDIATOR) && cases.reaches(CaseScope.assignedTo(caller.username()), caseId);
    }

    CaseFile reachable(UUID caseId) {
        return cases.findByIdOptional(caseId).filter(c -> cases.reaches(scope(), caseId))
                .orElseThrow(() -> new NotFound("case.resource"));
    }

    /** For a change: the case locked, so that concurrent changes of one case apply one after the other. */
    CaseFile reachableForChange(UUID caseId) {
        reachable(caseId);
        return cases.locked(caseId).orElseThrow(() -> new NotFound("case.resource"));
    }

    /** The situation of a case the caller has reached, as of today. */
    CaseSituation situationOf(CaseFile caseFile) {
        return cases.situations(List.of(caseFile), today()).get(0);
    }

    LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    @Override
    public List<UUID> caseIdsReachedBy(CaseScope scope) {
        return cases.caseIdsReachedBy(scope);
    }

    @Override
    public List<UUID> participantIdsReachedBy(CaseScope scope) {
        return cases.participantIdsReachedBy(scope);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireReachable(UUID caseId) {
        reachable(caseId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireReachableForChange(UUID caseId) {
        reachableForChange(caseId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSituation situation(UUID caseId) {
        return situationOf(reachable(caseId));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSituation situationForChange(UUID caseId) {
        return situationOf(reachableForChange(caseId));
    }
}
