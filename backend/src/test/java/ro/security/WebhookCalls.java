package ro.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import ro.testing.Callers;

/** The authorization matrix's rows and calls for webhooks (issue 16): admin's alone, every other role 403. */
final class WebhookCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    /** Nothing listens there: the dispatcher, were it on, would fail at once. */
    private static final String NOWHERE = "http://127.0.0.1:9/matrix";

    static {
        List<Integer> adminOnly = List.of(401, 403, 403, 403, 403, 403, 200, 403, 403);
        ROWS.put("GET /api/webhooks", adminOnly);
        ROWS.put("POST /api/webhooks", List.of(401, 403, 403, 403, 403, 403, 201, 403, 403));
        ROWS.put("GET /api/webhooks/{id}", adminOnly);
        ROWS.put("PUT /api/webhooks/{id}", adminOnly);
        ROWS.put("DELETE /api/webhooks/{id}", List.of(401, 403, 403, 403, 403, 403, 204, 403, 403));
        ROWS.put("POST /api/webhooks/{id}/secret", adminOnly);
        ROWS.put("GET /api/webhooks/{id}/deliveries", adminOnly);
        ROWS.put("POST /api/webhooks/{id}/deliveries/{deliveryId}/replay", adminOnly);

        CALLS.put("GET /api/webhooks", (who, s) -> s.get("/api/webhooks").statusCode());
        CALLS.put("POST /api/webhooks", (who, s) -> s.body(endpoint()).post("/api/webhooks").statusCode());
        CALLS.put("GET /api/webhooks/{id}", (who, s) -> s.get("/api/webhooks/" + registered()).statusCode());
        CALLS.put("PUT /api/webhooks/{id}", (who, s) -> s.header("If-Match", "\"0\"")
                .body(Map.of("url", NOWHERE, "eventTypes", List.of("REFERRAL_STATE_CHANGED"), "active", false))
                .put("/api/webhooks/" + registered()).statusCode());
        CALLS.put("DELETE /api/webhooks/{id}", (who, s) -> s.delete("/api/webhooks/" + registered()).statusCode());
        CALLS.put("POST /api/webhooks/{id}/secret", (who, s) -> s.post("/api/webhooks/" + registered() + "/secret").statusCode());
        CALLS.put("GET /api/webhooks/{id}/deliveries", (who, s) -> s.queryParam("state", "FAILED")
                .get("/api/webhooks/" + registered() + "/deliveries").statusCode());
        CALLS.put("POST /api/webhooks/{id}/deliveries/{deliveryId}/replay", (who, s) -> {
            String id = registered();
            return s.post("/api/webhooks/" + id + "/deliveries/" + failedDelivery(id) + "/replay").statusCode();
        });
    }

    private WebhookCalls() {
    }

    private static Map<String, Object> endpoint() {
        return Map.of("url", NOWHERE, "description", "Matrix", "eventTypes", List.of("REFERRAL_STATE_CHANGED"));
    }

    /** A new endpoint of admin's, inactive (the dispatcher leaves it alone), its ETag "0". */
    private static String registered() {
        String id = Callers.as("admin1").body(endpoint()).post("/api/webhooks").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("update webhook_endpoint set active = false where id = :id").setParameter("id", UUID.fromString(id))
                .executeUpdate());
        return id;
    }

    /** A FAILED delivery of the endpoint, of an event recorded for it. */
    private static UUID failedDelivery(String endpoint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            var event = CDI.current().select(ro.events.Outbox.class).get()
                    .record(ro.events.model.EventType.REFERRAL_STATE_CHANGED, UUID.randomUUID(), Map.of("state", "SUBMITTED"), null);
            em.flush();
            UUID id = UUID.randomUUID();
            em.createNativeQuery("insert into webhook_delivery (id, endpoint_id, event_seq, event_id, event_type, subject, state, attempts,"
                    + " last_error, created_at) select :id, :endpoint, seq, id, type, subject, 'FAILED', 4, 'HTTP 500', now()"
                    + " from event_outbox where id = :event").setParameter("id", id).setParameter("endpoint", UUID.fromString(endpoint))
                    .setParameter("event", event.id).executeUpdate();
            return id;
        });
    }
}
