package ro.events.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.events.model.DeliveryState;
import ro.events.model.EventType;
import ro.events.model.WebhookDelivery;
import ro.events.model.WebhookEndpoint;
import ro.lists.Keyset;
import ro.lists.Listing;
import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.rules.NotFound;
import ro.rules.Refusal;
import ro.rules.StaleVersion;
import ro.security.Caller;

/**
 * Admin's webhook endpoints and their deliveries: registered (the secret returned once), changed with If-Match,
 * deleted, their secret rotated, their deliveries listed and replayed. Every change is audited by the names of the
 * fields it set: never the secret, never the URL (whose query may hold a receiver's token).
 */
@ApplicationScoped
public class WebhookService {

    static final String AUDIT_TYPE = "WEBHOOK";
    static final String AUDIT_DELIVERY = "WEBHOOK_DELIVERY";

    private static final Keyset ENDPOINTS = Keyset.of("webhooks", Keyset.descending("w.createdAt", Keyset.Kind.INSTANT),
            Keyset.descending("w.id", Keyset.Kind.ID));
    private static final Keyset DELIVERIES = Keyset.of("webhook-deliveries", Keyset.descending("d.eventSeq", Keyset.Kind.NUMBER),
            Keyset.descending("d.id", Keyset.Kind.ID));

    @Inject
    EntityManager em;
    @Inject
    Listing listing;
    @Inject
    WebhookSettings settings;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** Registers an endpoint; it receives the events recorded from now on. The secret is in the answer, and only there. */
    @Transactional
    public WebhookSecret create(NewWebhook request) {
        String integration = blankToNull(request.integration());
        if (integration != null && !settings.integrations().contains(integration)) {
            throw new BrokenRules("webhook.integration.unknown", List.of(new Breach("integration", "KnownIntegration",
                    "webhook.integration.unknown", String.join(", ", settings.integrations()))));
        }
        requireLeaving(integration, request.eventTypes());
        WebhookEndpoint w = new WebhookEndpoint();
        w.id = UUID.randomUUID();
        w.integration = integration;
        w.secret = WebhookSignature.newSecret();
        w.createdAt = Instant.now(clock);
        w.createdBy = caller.username();
        write(w, new WebhookUpdate(request.url(), request.description(), request.eventTypes(), true));
        em.persist(w);
        em.flush();
        em.createNativeQuery("update webhook_endpoint set after_seq = (select coalesce(max(seq), 0) from event_outbox) where id = :id")
                .setParameter("id", w.id).executeUpdate();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, w.id).with("integration", integration)
                .fields("url", "description", "integration", "eventTypes", "secret", "active"));
        return new WebhookSecret(WebhookView.of(w), w.secret);
    }

    @Transactional
    public WebhookView read(UUID id) {
        return WebhookView.of(find(id, LockModeType.NONE));
    }

    @Transactional
    public WebhookPage list(int page, int size, String after) {
        Listing.Slice<WebhookEndpoint> found = listing.page(WebhookEndpoint.class,
                new Listing.Source("select w", "from WebhookEndpoint w where 1 = 1", Map.of(), "w.id"), ENDPOINTS,
                w -> new Object[] { w.createdAt, w.id }, page, size, after);
        return new WebhookPage(found.items().stream().map(WebhookView::of).toList(), found.paging(page, size));
    }

    @Transactional
    public WebhookView update(UUID id, long expectedVersion, WebhookUpdate request) {
        WebhookEndpoint w = find(id, LockModeType.PESSIMISTIC_WRITE);
        StaleVersion.requireCurrent(w.version, expectedVersion);
        requireLeaving(w.integration, request.eventTypes());
        WebhookUpdate before = current(w);
        write(w, request);
        List<String> changed = AuditRecord.changedFields(before, current(w));
        em.flush();
        audit.record(AuditRecord.change("UPDATE", AUDIT_TYPE, id).fields(changed));
        return WebhookView.of(w);
    }

    @Transactional
    public void delete(UUID id) {
        WebhookEndpoint w = find(id, LockModeType.PESSIMISTIC_WRITE);
        em.remove(w);
        em.flush();
        audit.record(AuditRecord.change("DELETE", AUDIT_TYPE, id));
    }

    /** A new secret, returned this once; the old one no longer signs anything. */
    @Transactional
    public WebhookSecret rotateSecret(UUID id) {
        WebhookEndpoint w = find(id, LockModeType.PESSIMISTIC_WRITE);
        w.secret = WebhookSignature.newSecret();
        touch(w);
        em.flush();
        audit.record(AuditRecord.change("ROTATE_SECRET", AUDIT_TYPE, id).fields("secret"));
        return new WebhookSecret(WebhookView.of(w), w.secret);
    }

    @Transactional
    public DeliveryPage deliveries(UUID id, DeliveryState state, int page, int size, String after) {
        find(id, LockModeType.NONE);
        Map<String, Object> params = new HashMap<>();
        params.put("endpoint", id);
        String where = "from WebhookDelivery d where d.endpointId = :endpoint";
        if (state != null) {
            where += " and d.state = :state";
            params.put("state", state);
        }
        Listing.Slice<WebhookDelivery> found = listing.page(WebhookDelivery.class, new Listing.Source("select d", where, params, "d.id"),
                DELIVERIES, d -> new Object[] { d.eventSeq, d.id }, page, size, after);
        return new DeliveryPage(found.items().stream().map(DeliveryView::of).toList(), found.paging(page, size));
    }

    /** A FAILED or DELIVERED delivery sent again: PENDING, due now, its attempts counted anew. */
    @Transactional
    public DeliveryView replay(UUID id, UUID deliveryId) {
        find(id, LockModeType.NONE);
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !d.endpointId.equals(id)) {
            throw new NotFound("webhook.delivery.resource");
        }
        if (d.state == DeliveryState.PENDING) {
            throw new Refusal("webhook.delivery.pending");
        }
        DeliveryState was = d.state;
        d.replay(Instant.now(clock));
        em.flush();
        audit.record(AuditRecord.change("REPLAY", AUDIT_DELIVERY, deliveryId).with("webhook", id).with("from", was)
                .fields("state", "attempts", "nextAttemptAt"));
        return DeliveryView.of(d);
    }

    private static void requireLeaving(String integration, List<EventType> types) {
        if (integration != null && types.stream().anyMatch(t -> !t.mayLeaveTheProgram())) {
            throw new BrokenRules("webhook.types.stay-in-program", List.of(new Breach("eventTypes", "MayLeaveTheProgram",
                    "webhook.types.stay-in-program")));
        }
    }

    private void write(WebhookEndpoint w, WebhookUpdate u) {
        w.url = WebhookAddresses.registrable(u.url(), settings.allowHttp()).toString();
        w.description = blankToNull(u.description());
        w.eventTypes = u.eventTypes().stream().distinct().map(EventType::name).toArray(String[]::new);
        w.active = u.active();
        touch(w);
    }

    private void touch(WebhookEndpoint w) {
        w.updatedAt = Instant.now(clock);
        w.updatedBy = caller.username();
    }

    private static WebhookUpdate current(WebhookEndpoint w) {
        return new WebhookUpdate(w.url, w.description, List.of(w.eventTypes).stream().map(EventType::valueOf).toList(), w.active);
    }

    private WebhookEndpoint find(UUID id, LockModeType lock) {
        WebhookEndpoint w = em.find(WebhookEndpoint.class, id, lock);
        if (w == null) {
            throw new NotFound("webhook.resource");
        }
        return w;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
