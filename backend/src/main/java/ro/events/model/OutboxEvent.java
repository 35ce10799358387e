package ro.events.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event of the outbox (V27): written in the transaction of the change it reports, never changed.
 * {@link #seq} is drawn by the database in commit order: the feed's cursor and the delivery order.
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent {

    @Id
    public UUID id;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public EventType type;
    @Column(updatable = false)
    public UUID subject;
    @Column(updatable = false)
    public Instant occurredAt;
    /** The new state and its dates: ids, codes and instants only. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Object> data;
    /** The integration (service account user name) that submitted the referral; null: the program's alone. */
    @Column(updatable = false)
    public String integration;

    protected OutboxEvent() {
    }

    public static OutboxEvent of(EventType type, UUID subject, Instant at, Map<String, Object> data, String integration) {
        if (integration != null && !type.mayLeaveTheProgram()) {
            throw new IllegalArgumentException(type + " never leaves the program");
        }
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.type = type;
        e.subject = subject;
        e.occurredAt = at;
        e.data = Map.copyOf(data);
        e.integration = integration;
        return e;
    }
}
