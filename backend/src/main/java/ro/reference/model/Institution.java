package ro.reference.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An institution of the Correctional Service, in one region; never deleted, only deactivated. */
@Entity
public class Institution {

    @Id
    public UUID id;
    @Column(updatable = false)
    public String code;
    public String nameEn;
    public String nameFr;
    public UUID regionId;
    public boolean active;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;
}
