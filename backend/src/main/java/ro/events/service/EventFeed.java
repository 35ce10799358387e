package ro.events.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.events.model.OutboxEvent;
import ro.rules.Invalid;
import ro.security.Caller;
import ro.security.Roles;

/**
 * The pull feed: the events the caller may receive after a cursor, in commit order. An integration receives
 * only the events of the referrals it submitted (as it is shown them); a coordinator every event.
 */
@ApplicationScoped
public class EventFeed {

    public static final int MAX_LIMIT = 500;
    static final String AUDIT_TYPE = "EVENT";

    @Inject
    EntityManager em;
    @Inject
    CloudEvents cloudEvents;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    @Transactional
    public EventPage after(String after, int limit) {
        long cursor = cursorOf(after);
        boolean integration = !caller.is(Roles.COORDINATOR);
        TypedQuery<OutboxEvent> query = em.createQuery("from OutboxEvent e where e.seq > :after"
                + (integration ? " and e.integration = :integration" : "") + " order by e.seq", OutboxEvent.class)
                .setParameter("after", cursor).setMaxResults(limit);
        if (integration) {
            query.setParameter("integration", caller.username());
        }
        List<OutboxEvent> found = query.getResultList();
        String next = found.isEmpty() ? String.valueOf(cursor) : String.valueOf(found.get(found.size() - 1).seq);
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("after", cursor).with("next", next)
                .withIds(found.stream().map(e -> e.id).toList()));
        return new EventPage(found.stream().map(integration ? cloudEvents::forIntegration : cloudEvents::of).toList(), next);
    }

    /** The position a cursor names: absent, the start; otherwise the decimal {@code next} of an earlier page. */
    static long cursorOf(String after) {
        if (after == null) {
            return 0;
        }
        if (!after.matches("0|[1-9][0-9]{0,18}")) {
            throw Invalid.field("after", "Cursor", "events.after.invalid");
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException tooLarge) {
            throw Invalid.field("after", "Cursor", "events.after.invalid");
        }
    }
}
