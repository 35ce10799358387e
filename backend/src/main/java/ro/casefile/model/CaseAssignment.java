package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

/** A mediator assigned to a case, from when until when: reassignment ends it, access ends with it. */
@Entity
@NamedQuery(name = CaseAssignment.CASES_OF_MEDIATOR,
        query = "select distinct a.caseId from CaseAssignment a where a.mediator = :mediator and " + CaseAssignment.CURRENT)
@NamedQuery(name = CaseAssignment.CURRENT_OF_CASES,
        query = "from CaseAssignment a where a.caseId in :cases and " + CaseAssignment.CURRENT + " order by a.assignedAt, a.mediator")
public class CaseAssignment {

    /** An assignment holds until it is ended. The one place this rule is written. */
    static final String CURRENT = "a.endedAt is null";

    /** The cases a mediator reaches: those assigned to them now. */
    public static final String CASES_OF_MEDIATOR = "CaseAssignment.casesOfMediator";

    /** The mediators assigned now to some cases ({@code cases}), in the order they were assigned. */
    public static final String CURRENT_OF_CASES = "CaseAssignment.currentOfCases";

    @Id
    public UUID id;
    @Column(updatable = false)
    public UUID caseId;
    @Column(updatable = false)
    public String mediator;
    @Column(updatable = false)
    public Instant assignedAt;
    @Column(updatable = false)
    public String assignedBy;
    public Instant endedAt;

    public static CaseAssignment of(UUID caseId, String mediator, String by, Instant at) {
        CaseAssignment a = new CaseAssignment();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.mediator = mediator;
        a.assignedBy = by;
        a.assignedAt = at;
        return a;
    }
}
