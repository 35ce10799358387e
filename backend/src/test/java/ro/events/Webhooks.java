package ro.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.inject.spi.CDI;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ro.events.model.EventType;
import ro.events.service.Dispatcher;
import ro.events.service.WebhookDispatcher;
import ro.testing.Callers;

/** Endpoints registered through the API, events recorded in the outbox, dispatchers driven round by round. */
final class Webhooks {

    /** An endpoint registered by admin: its id and the secret shown once. */
    record Registered(String id, String secret) {
    }

    private final List<String> registered = new ArrayList<>();

    Registered register(Receiver receiver, String integration, EventType... types) {
        return register(receiver.url(), integration, types);
    }

    Registered register(String url, String integration, EventType... types) {
        var created = Callers.as("admin1").body(WebhookApiTest.endpoint(url, integration,
                java.util.Arrays.stream(types).map(Enum::name).toList())).post("/api/webhooks").then().statusCode(201).extract();
        registered.add(created.path("id"));
        return new Registered(created.path("id"), created.path("secret"));
    }

    /** Deletes the endpoints this test registered (and their deliveries), so that the next test's dispatchers meet none. */
    void deleteAll() {
        registered.forEach(id -> Callers.as("admin1").delete("/api/webhooks/" + id).then().statusCode(204));
        registered.clear();
    }

    /** Records an event in a transaction of its own, as a service does in the change's; returns its id. */
    static String record(EventType type, UUID subject, String state, String integration) {
        Outbox outbox = CDI.current().select(Outbox.class).get();
        return QuarkusTransaction.requiringNew().call(() -> outbox.record(type, subject, Map.of("state", state), integration).id).toString();
    }

    static Dispatcher dispatcher() {
        return CDI.current().select(WebhookDispatcher.class).get().newDispatcher();
    }

    /** Runs rounds of the dispatcher until the condition holds (at most 20 s); returns the deliveries attempted. */
    static int runUntil(Dispatcher dispatcher, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int attempted = 0;
        try {
            while (!done.getAsBoolean()) {
                assertThat(Instant.now()).as("the dispatcher got there in time").isBefore(deadline);
                attempted += dispatcher.round();
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return attempted;
    }

    /** An endpoint's deliveries as admin lists them, newest first, in one state or all. */
    static List<Map<String, Object>> deliveries(String endpoint, String state) {
        var request = Callers.as("admin1").queryParam("size", 100);
        if (state != null) {
            request = request.queryParam("state", state);
        }
        return request.get("/api/webhooks/" + endpoint + "/deliveries").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
