package ro.casefile.service;

import java.util.List;
import java.util.UUID;

import ro.casefile.model.CaseSituation;
import ro.security.CaseScope;

/**
 * What another feature may ask of cases: whether the caller reaches one (404 otherwise, as if it did
 * not exist), and the case's situation as its rules see it. A change locks the case, so that
 * concurrent changes of one case apply one after the other.
 */
public interface CaseSituations {

    /** The ids of the cases a scope reaching less than all reaches. */
    List<UUID> caseIdsReachedBy(CaseScope scope);

    /** The participants of the cases a scope reaching less than all reaches. */
    List<UUID> participantIdsReachedBy(CaseScope scope);

    /** The caller reaches the case, or a 404. */
    void requireReachable(UUID caseId);

    /** The caller reaches the case, now locked for a change, or a 404. */
    void requireReachableForChange(UUID caseId);

    /** The caller reaches the case, or a 404; its situation as of today, for a read. */
    CaseSituation situation(UUID caseId);

    /** The caller reaches the case, now locked for a change; its situation, loaded once. */
    CaseSituation situationForChange(UUID caseId);
}
