package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record of a case that staff create and then move on (a meeting, a message): its id and case, who
 * created it and when, when it last changed, and its version (the ETag a change must match).
 */
@MappedSuperclass
public abstract class CaseRecord {

    @Id
    public UUID id;
    @Column(updatable = false)
    public UUID caseId;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    @Column(updatable = false)
    public String createdBy;
    public Instant updatedAt;

    /** A new record of the case, by whom and when. */
    protected void created(UUID caseId, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
    }
}
