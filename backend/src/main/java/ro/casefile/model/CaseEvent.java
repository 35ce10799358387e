package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

import org.hibernate.annotations.Immutable;

/** One event of a case timeline: stage moves, ways, consents, withdrawals and rejoins, assessments, meetings. */
@Entity
@Immutable
public class CaseEvent {

    @Id
    public UUID id;
    public UUID caseId;
    @Column(insertable = false)
    public Long seq;
    public Instant at;
    public String actor;
    public String kind;
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
