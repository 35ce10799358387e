package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.events.Webhooks.deliveries;
import static ro.events.Webhooks.dispatcher;
import static ro.events.Webhooks.record;
import static ro.events.Webhooks.runUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ro.events.model.EventType;
import ro.events.service.DeliveryStore;
import ro.events.service.Dispatcher;
import ro.events.service.WebhookSettings;
import ro.testing.Database;
import ro.testing.TestClock;

/** The dispatcher with several replicas on one database, a replica dying mid-delivery, and who receives what. */
@QuarkusTest
class WebhookDispatcherTest {

    static final String FIRST = "service-account-ro-integration";
    static final String SECOND = "service-account-ro-integration-2";

    @Inject
    DataSource db;
    @Inject
    TestClock clock;
    @Inject
    DeliveryStore store;
    @Inject
    WebhookSettings settings;

    private final Webhooks webhooks = new Webhooks();

    @AfterEach
    void cleanUp() {
        clock.reset();
        webhooks.deleteAll();
    }

    @Test
    void two_dispatchers_running_at_once_on_one_database_deliver_each_event_exactly_once_in_order_per_record() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            Webhooks.Registered endpoint = webhooks.register(receiver, null, EventType.REFERRAL_STATE_CHANGED, EventType.CASE_STAGE_CHANGED);
            List<UUID> records = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                records.add(UUID.randomUUID());
            }
            Map<String, UUID> recordOf = new LinkedHashMap<>();
            for (int round = 0; round < 5; round++) {
                for (UUID r : records) {
                    recordOf.put(record(round % 2 == 0 ? EventType.REFERRAL_STATE_CHANGED : EventType.CASE_STAGE_CHANGED, r, "S" + round, null), r);
                }
            }
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> both = List.of(() -> runUntil(dispatcher(), () -> receiver.acknowledged().size() >= 40),
                        () -> runUntil(dispatcher(), () -> receiver.acknowledged().size() >= 40));
                int attempted = 0;
                for (Future<Integer> f : replicas.invokeAll(both)) {
                    attempted += f.get();
                }
                assertThat(attempted).as("each delivery claimed once in all").isEqualTo(40);
            } finally {
                replicas.shutdownNow();
            }

            assertThat(receiver.received()).hasSize(40);
            assertThat(Set.copyOf(receiver.acknowledged())).isEqualTo(recordOf.keySet());
            for (UUID r : records) {
                List<String> expected = recordOf.entrySet().stream().filter(e -> e.getValue().equals(r)).map(Map.Entry::getKey).toList();
                assertThat(receiver.acknowledged().stream().filter(expected::contains).toList()).as("in order for " + r).isEqualTo(expected);
            }
            assertThat(Database.count(db, "select count(*) from webhook_delivery where endpoint_id = '" + endpoint.id()
                    + "' and state = 'DELIVERED' and attempts = 1")).isEqualTo(40);
        }
    }

    @Test
    void a_delivery_claimed_by_a_replica_that_died_is_sent_when_its_lease_ends_and_the_late_replica_cannot_undo_it() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            Webhooks.Registered endpoint = webhooks.register(receiver, null, EventType.SAFETY_HOLD_SET);
            String event = record(EventType.SAFETY_HOLD_SET, UUID.randomUUID(), "SET", null);
            Dispatcher dying = dispatcher();
            dying.fanOut();
            List<DeliveryStore.Claim> claimed = dying.claim();
            assertThat(claimed).extracting(c -> c.eventId().toString()).containsExactly(event);
            // ... and the replica dies before it POSTs

            Dispatcher survivor = dispatcher();
            for (int i = 0; i < 3; i++) {
                survivor.round();
            }
            assertThat(receiver.received()).as("held by the lease").isEmpty();

            clock.advance(settings.dispatcher().lease().plus(Duration.ofSeconds(1)));
            runUntil(survivor, () -> receiver.acknowledged().contains(event));
            assertThat(receiver.received()).hasSize(1);
            assertThat(deliveries(endpoint.id(), "DELIVERED")).singleElement().satisfies(d -> assertThat(d).containsEntry("attempts", 2));

            // the replica that claimed first comes back: its outcome no longer counts
            assertThat(store.finish(claimed.get(0), new DeliveryStore.Outcome(500, "HTTP 500"), clock.instant(), 4, Duration.ZERO)).isFalse();
            assertThat(deliveries(endpoint.id(), "DELIVERED")).hasSize(1);
        }
    }

    @Test
    void without_allow_http_a_delivery_to_an_internal_address_is_refused_before_any_connection() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            // registered while the tests allow http; the replica below runs as a deployment does (allow-http off)
            Webhooks.Registered endpoint = webhooks.register(receiver.url().replace("http://", "https://"), null, EventType.CASE_STAGE_CHANGED);
            String event = record(EventType.CASE_STAGE_CHANGED, UUID.randomUUID(), "DIALOGUE", null);
            Dispatcher deployed = new Dispatcher(store, new DeployedSettings(settings), clock);
            deployed.fanOut();
            List<DeliveryStore.Claim> claimed = deployed.claim();
            assertThat(claimed).extracting(c -> c.eventId().toString()).containsExactly(event);
            assertThat(deployed.deliver(claimed.get(0))).isTrue();

            assertThat(deliveries(endpoint.id(), "PENDING")).singleElement().satisfies(d -> {
                assertThat(d).containsEntry("eventId", event).containsEntry("attempts", 1);
                assertThat(d.get("lastStatus")).isNull();
                assertThat((String) d.get("lastError")).isEqualTo("refused: the host resolves to an internal address");
            });
            assertThat(receiver.received()).as("no connection was made").isEmpty();
        }
    }

    /** The test settings, but with allow-http off, as in a deployment. */
    private record DeployedSettings(WebhookSettings of) implements WebhookSettings {
        public boolean allowHttp() {
            return false;
        }

        public List<String> integrations() {
            return of.integrations();
        }

        public int maxAttempts() {
            return of.maxAttempts();
        }

        public Backoff backoff() {
            return of.backoff();
        }

        public Timeouts timeout() {
            return of.timeout();
        }

        public WebhookSettings.Dispatcher dispatcher() {
            return of.dispatcher();
        }
    }

    @Test
    void an_integration_endpoint_receives_only_the_referral_events_of_its_own_integration() throws Exception {
        try (Receiver first = Receiver.healthy(); Receiver second = Receiver.healthy(); Receiver program = Receiver.healthy()) {
            webhooks.register(first, FIRST, EventType.REFERRAL_STATE_CHANGED);
            webhooks.register(second, SECOND, EventType.REFERRAL_STATE_CHANGED);
            webhooks.register(program, null, EventType.values());
            UUID ofFirst = UUID.randomUUID();
            UUID ofSecond = UUID.randomUUID();
            UUID ofStaff = UUID.randomUUID();
            UUID aCase = UUID.randomUUID();
            Map<String, UUID> events = new LinkedHashMap<>();
            events.put(record(EventType.REFERRAL_STATE_CHANGED, ofFirst, "SUBMITTED", FIRST), ofFirst);
            events.put(record(EventType.REFERRAL_STATE_CHANGED, ofSecond, "SUBMITTED", SECOND), ofSecond);
            events.put(record(EventType.REFERRAL_STATE_CHANGED, ofStaff, "SUBMITTED", null), ofStaff);
            events.put(record(EventType.CASE_STAGE_CHANGED, aCase, "DIALOGUE", null), aCase);
            events.put(record(EventType.SAFETY_HOLD_SET, aCase, "SET", null), aCase);
            UUID meeting = UUID.randomUUID();
            events.put(record(EventType.MEETING_STATE_CHANGED, meeting, "SCHEDULED", null), meeting);
            events.put(record(EventType.REFERRAL_STATE_CHANGED, ofFirst, "UNDER_ASSESSMENT", FIRST), ofFirst);
            UUID dormant = UUID.randomUUID();
            String kept = record(EventType.REFERRAL_STATE_CHANGED, dormant, "DORMANT", FIRST);
            events.put(kept, dormant);

            runUntil(dispatcher(), () -> program.acknowledged().size() == events.size());

            assertThat(first.acknowledged()).containsExactlyInAnyOrderElementsOf(concat(idsOf(events, ofFirst), List.of(kept)));
            assertThat(first.acknowledged().stream().filter(idsOf(events, ofFirst)::contains).toList()).containsExactlyElementsOf(idsOf(events, ofFirst));
            assertThat(second.acknowledged()).containsExactlyElementsOf(idsOf(events, ofSecond));
            assertThat(first.received()).hasSize(3);
            // DORMANT reads SUBMITTED to the integration, as its own referral list shows it; the program sees it as it is
            assertThat(stateSent(first, kept)).isEqualTo("SUBMITTED");
            assertThat(stateSent(program, kept)).isEqualTo("DORMANT");
            assertThat(second.received()).hasSize(1);
            assertThat(Set.copyOf(program.acknowledged())).isEqualTo(events.keySet());
        }
    }

    private static String stateSent(Receiver receiver, String event) throws Exception {
        String body = receiver.received().stream().filter(r -> r.id().equals(event)).findFirst().orElseThrow().body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("data").path("state").asText();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> idsOf(Map<String, UUID> events, UUID subject) {
        return events.entrySet().stream().filter(e -> e.getValue().equals(subject)).map(Map.Entry::getKey).collect(Collectors.toList());
    }
}
