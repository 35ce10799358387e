package ro.events.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import ro.events.model.OutboxEvent;

/** The one mapping of an outbox row to its CloudEvents 1.0 document: the pull feed and the webhooks send the same. */
@ApplicationScoped
public class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    private final EventSettings settings;

    CloudEvents(EventSettings settings) {
        this.settings = settings;
    }

    /** The event as a CloudEvents document, from this program's configured source. */
    public CloudEvent of(OutboxEvent event) {
        return of(event, settings.source());
    }

    /**
     * The event as an integration may be shown it: its data as GET /api/offender-referrals shows the referral,
     * a DORMANT state reading SUBMITTED. The moves an integration may receive are recorded so already
     * (ro.referral.service.ReferralMoves); this is the parole firewall's last check on the way out of the
     * program, whatever a future move records.
     */
    public CloudEvent forIntegration(OutboxEvent event) {
        CloudEvent e = of(event);
        Map<String, Object> shown = new LinkedHashMap<>();
        e.data().forEach((key, value) -> shown.put(key, "DORMANT".equals(value) ? "SUBMITTED" : value));
        return new CloudEvent(e.specversion(), e.id(), e.source(), e.type(), e.time(), e.subject(), e.datacontenttype(), shown);
    }

    /** The event as a CloudEvents document from this source: id = the row's id, subject = the record's id, time in RFC 3339 (UTC). */
    public static CloudEvent of(OutboxEvent event, String source) {
        return new CloudEvent(SPEC_VERSION, event.id.toString(), source, event.type.cloudEventType(), event.occurredAt.toString(),
                event.subject.toString(), DATA_CONTENT_TYPE, event.data);
    }
}
