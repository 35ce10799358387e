package ro.events.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ro.events.model.EventType;
import ro.events.model.OutboxEvent;

/**
 * The dispatcher's steps on the database, each a short transaction of its own, safe with several replicas:
 * rows are claimed {@code FOR UPDATE SKIP LOCKED}, so two replicas never work on the same endpoint's fan-out or the
 * same delivery at once. No HTTP call is made inside a transaction.
 */
@ApplicationScoped
public class DeliveryStore {

    /** The event types an integration's endpoint may receive, as an SQL list. */
    static final String LEAVING = Arrays.stream(EventType.values()).filter(EventType::mayLeaveTheProgram)
            .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));

    /** A delivery claimed for one attempt: what to send, where, signed with which secret. */
    public record Claim(UUID id, int attempts, UUID eventId, String url, String secret, byte[] body) {
    }

    /** What one attempt ended with: a status (null when none came back) and the error to keep (null on success). */
    public record Outcome(Integer status, String error) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    CloudEvents cloudEvents;

    /**
     * For each active endpoint no other replica holds: the next {@code batch} events after its mark that match it become
     * PENDING deliveries, and its mark moves past them, in one transaction. Returns the deliveries made.
     */
    public int fanOut(int batch, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> endpoints = em.createNativeQuery("select id, after_seq from webhook_endpoint where active order by id"
                    + " for update skip locked").getResultList();
            int made = 0;
            for (Object[] endpoint : endpoints) {
                UUID id = (UUID) endpoint[0];
                long mark = ((Number) endpoint[1]).longValue();
                Number upTo = (Number) em.createNativeQuery("select max(seq) from (select seq from event_outbox where seq > :mark"
                        + " order by seq limit :batch) scanned").setParameter("mark", mark).setParameter("batch", batch).getSingleResult();
                if (upTo == null) {
                    continue;
                }
                made += em.createNativeQuery("insert into webhook_delivery (id, endpoint_id, event_seq, event_id, event_type, subject,"
                        + " state, attempts, next_attempt_at, created_at)"
                        + " select gen_random_uuid(), w.id, e.seq, e.id, e.type, e.subject, 'PENDING', 0, :now, :now"
                        + " from event_outbox e join webhook_endpoint w on w.id = :endpoint"
                        + " where e.seq > :mark and e.seq <= :upTo and e.type = any(w.event_types)"
                        + " and (w.integration is null or (e.integration = w.integration and e.type in (" + LEAVING + ")))"
                        + " order by e.seq on conflict do nothing")
                        .setParameter("now", now).setParameter("endpoint", id).setParameter("mark", mark)
                        .setParameter("upTo", upTo.longValue()).executeUpdate();
                em.createNativeQuery("update webhook_endpoint set after_seq = :upTo where id = :endpoint")
                        .setParameter("upTo", upTo.longValue()).setParameter("endpoint", id).executeUpdate();
            }
            return made;
        });
    }

    /**
     * Claims up to {@code batch} due deliveries no other replica holds, of active endpoints, each the earliest PENDING one
     * of its endpoint and record (a later event of a record waits for the earlier; a FAILED one does not hold it back).
     * Each claim counts an attempt and holds the delivery until {@code now + lease}: if this replica dies before it
     * records the outcome, the delivery is due again then (at least once).
     */
    public List<Claim> claim(int batch, Instant now, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select d.id from webhook_delivery d join webhook_endpoint w on w.id = d.endpoint_id"
                    + " where d.state = 'PENDING' and d.next_attempt_at <= :now and w.active"
                    + " and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id and p.subject = d.subject"
                    + " and p.state = 'PENDING' and p.event_seq < d.event_seq)"
                    + " order by d.next_attempt_at, d.event_seq limit :batch for update of d skip locked", UUID.class)
                    .setParameter("now", now).setParameter("batch", batch).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            em.createNativeQuery("update webhook_delivery set attempts = attempts + 1, next_attempt_at = :until, last_attempt_at = :now"
                    + " where id in (:ids)").setParameter("until", now.plus(lease)).setParameter("now", now).setParameter("ids", ids)
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select d.id, d.attempts, d.event_id, w.url, w.secret, w.integration from webhook_delivery d"
                    + " join webhook_endpoint w on w.id = d.endpoint_id where d.id in (:ids) order by d.event_seq")
                    .setParameter("ids", ids).getResultList();
            List<Claim> claims = new ArrayList<>();
            for (Object[] r : rows) {
                UUID eventId = (UUID) r[2];
                claims.add(new Claim((UUID) r[0], ((Number) r[1]).intValue(), eventId, (String) r[3], (String) r[4], body(eventId, r[5] != null)));
            }
            return claims;
        });
    }

    /**
     * Records an attempt's outcome, unless the claim was lost meanwhile (its lease ended and another replica claimed it
     * again: that replica's outcome counts). A failure is parked as FAILED at {@code maxAttempts}; otherwise it is due
     * again after {@code wait}.
     */
    public boolean finish(Claim claim, Outcome outcome, Instant now, int maxAttempts, Duration wait) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String set;
            if (outcome.delivered()) {
                set = "state = 'DELIVERED', delivered_at = :now, next_attempt_at = null, last_error = null";
            } else if (claim.attempts() >= maxAttempts) {
                set = "state = 'FAILED', next_attempt_at = null, last_error = :error";
            } else {
                set = "next_attempt_at = :next, last_error = :error";
            }
            var update = em.createNativeQuery("update webhook_delivery set " + set + ", last_status = cast(:status as integer)"
                    + " where id = :id and state = 'PENDING' and attempts = :attempts")
                    .setParameter("status", outcome.status()).setParameter("id", claim.id()).setParameter("attempts", claim.attempts());
            if (outcome.delivered()) {
                update.setParameter("now", now);
            } else {
                update.setParameter("error", outcome.error());
                if (claim.attempts() < maxAttempts) {
                    update.setParameter("next", now.plus(wait));
                }
            }
            return update.executeUpdate() == 1;
        });
    }

    /**
     * The CloudEvent the feed serves too; to an integration's endpoint, as the integration may be shown it.
     */
    private byte[] body(UUID eventId, boolean toIntegration) {
        OutboxEvent event = em.find(OutboxEvent.class, eventId);
        CloudEvent cloudEvent = toIntegration ? cloudEvents.forIntegration(event) : cloudEvents.of(event);
        try {
            return json.writeValueAsBytes(cloudEvent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + eventId + " cannot be written as JSON", e);
        }
    }
}
