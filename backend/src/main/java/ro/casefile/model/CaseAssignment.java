package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

/** A mediator assigned to a case, from when until when: reassignment ends it, access ends with it. */
@Entity
@NamedQuery(name = CaseAssignment.CASES_OF_MEDIATOR,
        query = "select distinct a.caseId from CaseAssignment a where a.mediator = :mediator and a.endedAt is null")
public class CaseAssignment {

    /** The cases a mediator reaches: those assigned to them now. The one place this rule is written. */
    public static final String CASES_OF_MEDIATOR = "CaseAssignment.casesOfMediator";

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
