package ro.referral.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An integrated system's Idempotency-Key, kept with the caller and the request it first came with. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @Embeddable
    public record Id(@Column(name = "caller_subject") String callerSubject, @Column(name = "key") String key)
            implements Serializable {
    }

    @EmbeddedId
    public Id id;
    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;
    @Column(name = "referral_id", nullable = false, updatable = false)
    public UUID referralId;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected IdempotencyKey() {
    }

    public static IdempotencyKey of(String callerSubject, String key, String requestHash, UUID referralId, Instant at) {
        IdempotencyKey k = new IdempotencyKey();
        k.id = new Id(callerSubject, key);
        k.requestHash = requestHash;
        k.referralId = referralId;
        k.createdAt = at;
        return k;
    }
}
