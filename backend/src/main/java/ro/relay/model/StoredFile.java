package ro.relay.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file in storage: its type by content, size, SHA-256 and where storage keeps it. */
@Entity
@Table(name = "stored_file")
public class StoredFile {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;
    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;
    @Column(nullable = false, updatable = false)
    public String sha256;
    @Column(name = "storage_key", nullable = false, updatable = false)
    public String storageKey;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
