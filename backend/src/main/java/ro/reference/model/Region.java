package ro.reference.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A region of the Correctional Service, named in both official languages; never deleted, only deactivated. */
@Entity
public class Region {

    @Id
    public UUID id;
    @Column(updatable = false)
    public String code;
    public String nameEn;
    public String nameFr;
    public boolean active;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;
}
