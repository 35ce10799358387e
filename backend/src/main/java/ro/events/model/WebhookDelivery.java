package ro.events.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** One event to one endpoint (V29); written by the dispatcher with native statements, read and replayed here. */
@Entity
public class WebhookDelivery {

    @Id
    public UUID id;
    @Column(updatable = false)
    public UUID endpointId;
    @Column(updatable = false)
    public long eventSeq;
    @Column(updatable = false)
    public UUID eventId;
    @Column(updatable = false)
    public String eventType;
    @Column(updatable = false)
    public UUID subject;
    @Enumerated(EnumType.STRING)
    public DeliveryState state;
    public int attempts;
    public Instant nextAttemptAt;
    public Integer lastStatus;
    public String lastError;
    public Instant lastAttemptAt;
    public Instant deliveredAt;
    @Column(updatable = false)
    public Instant createdAt;

    /** Back to PENDING, due now, its attempts counted anew (admin's replay of a FAILED or DELIVERED one). */
    public void replay(Instant now) {
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        deliveredAt = null;
    }
}
