package ro.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the append-only audit trail. Never updated or deleted (the database refuses both). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public Long seq;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String subject;
    public String username;
    @Column(nullable = false)
    public String roles;
    @Column(nullable = false)
    public String action;
    @Column(name = "resource_type", nullable = false)
    public String resourceType;
    @Column(name = "resource_id")
    public String resourceId;
    @Column(name = "request_id", nullable = false)
    public String requestId;
    public String details;
    @Column(name = "prev_hash", nullable = false)
    public String prevHash;
    @Column(nullable = false)
    public String hash;

    AuditChain.Content content() {
        return new AuditChain.Content(seq, at, subject, username, roles, action, resourceType, resourceId, requestId, details);
    }
}
