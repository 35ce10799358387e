package ro.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ro.events.model.EventType;
import ro.events.model.OutboxEvent;

/**
 * Records an event in the transaction of the change it reports (MANDATORY: there is always one), so
 * that nothing is published for a change that rolled back and nothing is lost for one that committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final Clock clock;

    Outbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * @param data        the new state and its dates (ids, codes, instants): never a name, contact, text or reason
     * @param integration the integration that submitted the referral, or null for the program's subscribers alone
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(EventType type, UUID subject, Map<String, Object> data, String integration) {
        OutboxEvent event = OutboxEvent.of(type, subject, Instant.now(clock), data, integration);
        em.persist(event);
        return event;
    }
}
