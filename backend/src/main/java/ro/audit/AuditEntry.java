package ro.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit trail. Never updated or deleted (the database refuses both). Its
 * place in the hash chain is written by the sealer to {@code audit_seal}, see {@link AuditTrail}.
 */
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
}
