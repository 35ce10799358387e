package ro.relay.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A file in storage: its type by content, size, SHA-256 and where storage keeps it. */
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
    public Instant createdAt;
    public String createdBy;
}
