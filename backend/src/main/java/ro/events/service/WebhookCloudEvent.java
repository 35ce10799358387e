package ro.events.service;

import java.util.LinkedHashMap;
import java.util.Map;

import ro.events.model.OutboxEvent;

/**
 * TEMPORARY: the CloudEvents 1.0 structured-mode document of an outbox event, until the shared mapper
 * {@code ro.events.CloudEvents.of(OutboxEvent)} (issue 16, EVENTS) is merged; then this class's one method
 * becomes a call to it (the dispatcher uses nothing else of it).
 */
final class WebhookCloudEvent {

    static final String SOURCE = "/ro";

    private WebhookCloudEvent() {
    }

    static Map<String, Object> of(OutboxEvent e) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", e.id.toString());
        event.put("source", SOURCE);
        event.put("type", e.type.cloudEventType());
        event.put("subject", e.subject.toString());
        event.put("time", e.occurredAt.toString());
        event.put("datacontenttype", "application/json");
        event.put("data", e.data);
        return event;
    }
}
