package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note on a case by a mediator; a note flagged mediators-only never leaves the case's mediators. */
@Entity
@Table(name = "case_note")
public class CaseNote {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;
    @Column(nullable = false, updatable = false)
    public String author;
    @Column(nullable = false, updatable = false)
    public String text;
    @Column(name = "mediators_only", nullable = false, updatable = false)
    public boolean mediatorsOnly;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static CaseNote of(UUID caseId, String author, String text, boolean mediatorsOnly, Instant at) {
        CaseNote n = new CaseNote();
        n.id = UUID.randomUUID();
        n.caseId = caseId;
        n.author = author;
        n.text = text;
        n.mediatorsOnly = mediatorsOnly;
        n.createdAt = at;
        return n;
    }
}
