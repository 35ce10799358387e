package ro.privacy.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

/** A legal hold on one record: while it stands, the record is not disposed of, whatever the schedule says. */
@Entity
public class LegalHold {

    /** The record held. */
    @Embeddable
    public record Held(@Enumerated(EnumType.STRING) @Column(name = "record_type") DisposableKind recordType,
            @Column(name = "record_id") UUID recordId) implements Serializable {
    }

    @EmbeddedId
    public Held held;
    public String reason;
    public Instant placedAt;
    public String placedBy;
    @Version
    public long version;

    public static LegalHold place(Held held, String reason, String by, Instant at) {
        LegalHold hold = new LegalHold();
        hold.held = held;
        hold.placedAt = at;
        hold.placedBy = by;
        hold.reason = reason;
        return hold;
    }

    /** A new reason for the same hold; who placed it and when stay. */
    public void restate(String newReason) {
        this.reason = newReason;
    }
}
