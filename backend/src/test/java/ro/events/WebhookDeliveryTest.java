package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ro.events.Webhooks.deliveries;
import static ro.events.Webhooks.dispatcher;
import static ro.events.Webhooks.record;
import static ro.events.Webhooks.runUntil;
import static ro.testing.Callers.as;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.events.model.EventType;
import ro.events.service.Dispatcher;

/** Deliveries as a receiver sees them: signed, retried in order per record, parked after the attempts, replayed. */
@QuarkusTest
class WebhookDeliveryTest {

    private final Webhooks webhooks = new Webhooks();

    @AfterEach
    void deleteEndpoints() {
        webhooks.deleteAll();
    }

    /** The receiver's own check, written from the Standard Webhooks specification, independent of the API's code. */
    static boolean verifies(String secret, Receiver.Received r) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : r.signature().split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts[0].equals("v1") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void a_delivery_is_a_signed_cloudevent_that_the_receiver_verifies_with_its_secret() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            UUID caseId = UUID.randomUUID();
            record(EventType.CASE_STAGE_CHANGED, caseId, "PREPARATION", null); // before the endpoint: not for it
            Webhooks.Registered endpoint = webhooks.register(receiver, null, EventType.CASE_STAGE_CHANGED);
            String event = record(EventType.CASE_STAGE_CHANGED, caseId, "DIALOGUE", null);

            runUntil(dispatcher(), () -> receiver.acknowledged().contains(event));

            assertThat(receiver.received()).hasSize(1);
            Receiver.Received r = receiver.received().get(0);
            assertThat(r.contentType()).isEqualTo("application/cloudevents+json");
            assertThat(r.id()).isEqualTo(event);
            assertThat(Long.parseLong(r.timestamp())).isBetween(Instant.now().getEpochSecond() - 300, Instant.now().getEpochSecond() + 5);
            assertThat(r.signature()).startsWith("v1,");
            assertThat(verifies(endpoint.secret(), r)).isTrue();
            assertThat(verifies(endpoint.secret(), new Receiver.Received(r.id(), r.timestamp(), r.signature(), r.contentType(),
                    r.body().replace("DIALOGUE", "CLOSED"), 200))).as("a changed body fails").isFalse();
            assertThat(verifies(endpoint.secret(), new Receiver.Received(r.id(), String.valueOf(Long.parseLong(r.timestamp()) + 1),
                    r.signature(), r.contentType(), r.body(), 200))).as("a changed timestamp fails").isFalse();
            String rotated = as("admin1").post("/api/webhooks/" + endpoint.id() + "/secret").then().statusCode(200).extract().path("secret");
            assertThat(verifies(rotated, r)).as("another secret fails").isFalse();

            JsonNode cloudEvent = new ObjectMapper().readTree(r.body());
            assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
            assertThat(cloudEvent.path("id").asText()).isEqualTo(event);
            assertThat(cloudEvent.path("type").asText()).isEqualTo(EventType.CASE_STAGE_CHANGED.cloudEventType());
            assertThat(cloudEvent.path("subject").asText()).isEqualTo(caseId.toString());
            assertThat(cloudEvent.path("data").path("state").asText()).isEqualTo("DIALOGUE");

            List<Map<String, Object>> delivered = deliveries(endpoint.id(), "DELIVERED");
            assertThat(delivered).singleElement().satisfies(d -> {
                assertThat(d).containsEntry("eventId", event).containsEntry("attempts", 1).containsEntry("lastStatus", 200)
                        .containsEntry("eventType", "CASE_STAGE_CHANGED").containsEntry("subject", caseId.toString());
                assertThat(d.get("deliveredAt")).isNotNull();
            });
        }
    }

    @Test
    void a_receiver_answering_500_three_times_then_200_acknowledges_the_event_once_and_the_record_s_later_events_follow_in_order()
            throws Exception {
        String[] first = new String[1];
        try (Receiver receiver = Receiver.answering((id, before) -> id.equals(first[0]) && before < 3 ? 500 : 200)) {
            webhooks.register(receiver, null, EventType.REFERRAL_STATE_CHANGED);
            UUID referral = UUID.randomUUID();
            first[0] = record(EventType.REFERRAL_STATE_CHANGED, referral, "SUBMITTED", null);
            String other = record(EventType.REFERRAL_STATE_CHANGED, UUID.randomUUID(), "SUBMITTED", null);
            String second = record(EventType.REFERRAL_STATE_CHANGED, referral, "UNDER_ASSESSMENT", null);
            String third = record(EventType.REFERRAL_STATE_CHANGED, referral, "ACCEPTED", null);

            runUntil(dispatcher(), () -> receiver.acknowledged().size() == 4);

            List<String> ofTheReferral = receiver.received().stream().map(Receiver.Received::id).filter(id -> !id.equals(other)).toList();
            assertThat(ofTheReferral).containsExactly(first[0], first[0], first[0], first[0], second, third);
            assertThat(receiver.acknowledged()).containsOnlyOnce(first[0], second, third, other);
            // another record's event is not held back by this one's retries
            assertThat(receiver.acknowledged().indexOf(other)).isLessThan(receiver.acknowledged().indexOf(first[0]));
        }
    }

    @Test
    void a_delivery_is_parked_after_the_last_attempt_with_its_error_then_admin_replays_it() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        try (Receiver receiver = Receiver.answering((id, before) -> down.get() ? 500 : 200)) {
            Webhooks.Registered endpoint = webhooks.register(receiver, null, EventType.MESSAGE_STATE_CHANGED);
            UUID message = UUID.randomUUID();
            String event = record(EventType.MESSAGE_STATE_CHANGED, message, "SUBMITTED", null);
            Dispatcher dispatcher = dispatcher();

            runUntil(dispatcher, () -> deliveries(endpoint.id(), "FAILED").size() == 1);

            Map<String, Object> failed = deliveries(endpoint.id(), "FAILED").get(0);
            assertThat(failed).containsEntry("eventId", event).containsEntry("attempts", 4).containsEntry("lastStatus", 500);
            assertThat(failed.get("nextAttemptAt")).isNull();
            assertThat((String) failed.get("lastError")).startsWith("HTTP 500: receiver says no").hasSizeLessThanOrEqualTo(300)
                    .doesNotContain("\n");
            assertThat(receiver.received()).hasSize(4);
            for (int i = 0; i < 5; i++) {
                dispatcher.round();
            }
            assertThat(receiver.received()).as("a parked delivery is not sent again on its own").hasSize(4);

            // a parked delivery does not hold back the record's later events
            down.set(false);
            String later = record(EventType.MESSAGE_STATE_CHANGED, message, "APPROVED", null);
            runUntil(dispatcher, () -> receiver.acknowledged().contains(later));

            String id = (String) failed.get("id");
            as("admin1").post("/api/webhooks/" + endpoint.id() + "/deliveries/" + id + "/replay").then().statusCode(200)
                    .body("state", equalTo("PENDING")).body("attempts", equalTo(0));
            as("admin1").post("/api/webhooks/" + endpoint.id() + "/deliveries/" + id + "/replay").then().statusCode(409);
            as("admin1").post("/api/webhooks/" + endpoint.id() + "/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(404);
            runUntil(dispatcher, () -> receiver.acknowledged().contains(event));

            assertThat(deliveries(endpoint.id(), "DELIVERED")).extracting(d -> d.get("eventId")).containsExactly(later, event);
            assertThat(deliveries(endpoint.id(), "FAILED")).isEmpty();
            List<Map<String, String>> trail = as("auditor1").queryParam("resourceType", "WEBHOOK_DELIVERY").queryParam("resourceId", id)
                    .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(trail).extracting(e -> e.get("action") + " " + e.get("details"))
                    .containsExactly("REPLAY webhook=" + endpoint.id() + ",from=FAILED,fields=state,attempts,nextAttemptAt");
        }
    }
}
