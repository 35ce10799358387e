package ro.relay.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * A file in storage: its type by content, size, SHA-256 of its clear content, where storage keeps it and the id of
 * the key it is encrypted with there (none only for a file stored in clear before encryption at rest, until it is
 * encrypted at the next start).
 */
@Entity
@Immutable
public class StoredFile {
    @Id
    public UUID id;
    public UUID caseId;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public String storageKey;
    public String keyId;
    public Instant createdAt;
    public String createdBy;
}
