package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A note on a case by a mediator; a note flagged mediators-only never leaves the case's mediators. */
@Entity
@Immutable
public class CaseNote {
    @Id
    public UUID id;
    public UUID caseId;
    public String author;
    public String text;
    public boolean mediatorsOnly;
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
