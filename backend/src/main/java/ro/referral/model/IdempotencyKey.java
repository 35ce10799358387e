package ro.referral.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/** An integrated system's Idempotency-Key, kept with the caller and the request it first came with. */
@Entity
@Immutable
public class IdempotencyKey {

    @Embeddable
    public record Id(String callerSubject, String key)
            implements Serializable {
    }

    @EmbeddedId
    public Id id;
    public String requestHash;
    public UUID referralId;
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
