package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

/** A trained mediator on the program's roster, kept by admin. */
@Entity
@Table(name = "mediator")
public class Mediator {

    @Id
    public String username;
    @Column(name = "display_name", nullable = false)
    public String displayName;
    @Column(nullable = false)
    public String languages;
    @Column(nullable = false)
    public String region;
    public boolean active;
    @Version
    public long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
