package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

import ro.rules.Refusal;

/** One event of a case timeline: stage moves, ways, consents, withdrawals and rejoins, assessments, meetings. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(nullable = false, updatable = false)
    public Instant at;
    @Column(nullable = false, updatable = false)
    public String actor;
    @Column(nullable = false, updatable = false)
    public String kind;
    @Column(nullable = false, updatable = false)
    public String summary;

    public static CaseEvent of(UUID caseId, String kind, String summary, String actor, Instant at) {
        CaseEvent e = new CaseEvent();
        e.id = UUID.randomUUID();
        e.caseId = caseId;
        e.kind = kind;
        e.summary = summary;
        e.actor = actor;
        e.at = at;
        return e;
    }
}
