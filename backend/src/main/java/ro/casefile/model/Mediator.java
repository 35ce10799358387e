package ro.casefile.model;

import java.time.Instant;

import jakarta.persistence.*;

/** A trained mediator on the program's roster, kept by admin. */
@Entity
public class Mediator {

    @Id
    public String username;
    public String displayName;
    public String languages;
    public String region;
    public java.util.UUID regionId;
    public boolean active;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;
}
