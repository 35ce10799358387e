package ro.events.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import ro.events.model.OutboxEvent;

/**
 * TEMPORARY: the CloudEvents 1.0 structured-mode document of an outbox event, until the shared mapper
 * {@code ro.events.CloudEvents.of(OutboxEvent)} (issue 16, EVENTS) is merged; then this class's one method
 * becomes a call to it (the dispatcher uses nothing else of it). To an integration's endpoint the data is what
 * {@code GET /api/offender-referrals} shows it: a DORMANT state reads SUBMITTED (the parole firewall), whatever the
 * shared mapper does; keep that when swapping.
 */
final class WebhookCloudEvent {

    static final String SOURCE = "/ro";

    private WebhookCloudEvent() {
    }

    static Map<String, Object> of(OutboxEvent e, boolean toIntegration) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", e.id.toString());
        event.put("source", SOURCE);
        event.put("type", e.type.cloudEventType());
        event.put("subject", e.subject.toString());
        event.put("time", e.occurredAt.toString());
        event.put("datacontenttype", "application/json");
        event.put("data", toIntegration ? asAnIntegrationSeesIt(e.data) : e.data);
        return event;
    }

    /** The data with every DORMANT value read as SUBMITTED, as an integration's own referral list shows it. */
    static Map<String, Object> asAnIntegrationSeesIt(Map<String, Object> data) {
        Map<String, Object> shown = new LinkedHashMap<>();
        data.forEach((key, value) -> shown.put(key, Objects.equals(value, "DORMANT") ? "SUBMITTED" : value));
        return shown;
    }
}
