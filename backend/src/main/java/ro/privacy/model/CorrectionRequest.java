package ro.privacy.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import ro.rules.Decision;
import ro.rules.Invalid;

/**
 * A person's request to correct a recorded fact (Privacy Act): who asks, the record (and field) it
 * concerns, what they say is wrong and what they ask; resolved once by a coordinator.
 */
@Entity
public class CorrectionRequest {

    @Id
    public UUID id;
    public UUID participantId;
    @Enumerated(EnumType.STRING)
    public RecordType recordType;
    public UUID recordId;
    public String field;
    public String whatIsWrong;
    public String whatIsAsked;
    @Enumerated(EnumType.STRING)
    public CorrectionState state;
    public String resolutionNote;
    public Instant requestedAt;
    public String requestedBy;
    public Instant resolvedAt;
    public String resolvedBy;
    /** 0 while open, 1 once resolved: the list shows open requests first. */
    public long listRank;
    @Version
    public long version;

    protected CorrectionRequest() {
    }

    /** What the request is about and what the person says. */
    public record Dispute(UUID participantId, RecordType recordType, UUID recordId, String field, String whatIsWrong,
            String whatIsAsked) {
    }

    /** A new open request; the field must be one the record has (400 naming {@code field} otherwise). */
    public static CorrectionRequest open(Dispute d, String by, Instant at) {
        if (CorrectionPolicy.mayConcern(d.recordType(), d.field()) instanceof Decision.Refused r) {
            throw Invalid.field("field", "KnownField", r.reasonKey(), r.args().toArray());
        }
        CorrectionRequest c = new CorrectionRequest();
        c.id = UUID.randomUUID();
        c.participantId = d.participantId();
        c.recordType = d.recordType();
        c.recordId = d.recordId();
        c.field = d.field();
        c.whatIsWrong = d.whatIsWrong();
        c.whatIsAsked = d.whatIsAsked();
        c.state = CorrectionState.OPEN;
        c.requestedAt = at;
        c.requestedBy = by;
        c.listRank = 0;
        return c;
    }

    /** Resolves the request once, as the policy allows (a refusal otherwise). */
    public void resolve(CorrectionOutcome outcome, String note, String by, Instant at) {
        CorrectionPolicy.mayResolve(state, outcome).orRefuse();
        state = outcome.state();
        resolutionNote = note;
        resolvedBy = by;
        resolvedAt = at;
        listRank = 1;
    }
}
