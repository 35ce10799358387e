package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.anonymous;
import static ro.testing.Callers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Participants;

/** Refused attempts on records are kept in the audit trail as DENIED events, without personal data. */
@QuarkusTest
class SecurityEventsTest {

    private static final String NAME = "Zéphirine";

    @Test
    void a_request_without_a_token_leaves_one_anonymous_denied_event() {
        String id = UUID.randomUUID().toString();
        Response refused = anonymous().get("/api/participants/" + id + "?q=" + NAME);
        assertThat(refused.statusCode()).isEqualTo(401);

        Map<String, Object> event = theOnlyEventAbout("PARTICIPANT", id);
        assertThat(event).containsEntry("action", "DENIED").containsEntry("subject", "anonymous").containsEntry("roles", "")
                .containsEntry("details", "status=401 route=GET /api/participants/{id}")
                .containsEntry("requestId", refused.header("X-Request-Id"));
        assertThat(event.toString()).doesNotContain(NAME);
    }

    @Test
    void a_forged_token_leaves_one_anonymous_denied_event() {
        String id = UUID.randomUUID().toString();
        Response refused = anonymous().auth().oauth2("forged.token.value").get("/api/participants/" + id);
        assertThat(refused.statusCode()).isEqualTo(401);

        assertThat(theOnlyEventAbout("PARTICIPANT", id)).containsEntry("subject", "anonymous")
                .containsEntry("details", "status=401 route=GET /api/participants/{id}")
                .containsEntry("requestId", refused.header("X-Request-Id"));
    }

    @Test
    void a_caller_without_the_role_leaves_one_denied_event_without_the_body_they_sent() {
        String id = Participants.create(Participants.victim("Ada", Participants.unique("Denied")));
        Map<String, Object> body = Participants.victim(NAME, "Tremblay");
        Response refused = as("norole1").header("If-Match", "\"0\"").body(body).put("/api/participants/" + id);
        assertThat(refused.statusCode()).isEqualTo(403);

        Map<String, Object> event = theOnlyEventAbout("PARTICIPANT", id);
        assertThat(event).containsEntry("action", "DENIED").containsEntry("username", "norole1").containsEntry("roles", "")
                .containsEntry("details", "status=403 route=PUT /api/participants/{id}")
                .containsEntry("requestId", refused.header("X-Request-Id"));
        assertThat(event.get("subject")).isNotIn("anonymous", null);
        // the phone number whole: a fragment such as "555" turns up in the entry's hashes by chance
        assertThat(event.toString()).doesNotContain(NAME, "Tremblay", "613 555 0100", "6135550100", "safe@example.org");
    }

    @Test
    void a_mediator_not_on_the_case_leaves_one_denied_event_for_the_case_and_one_for_the_participant() {
        Cases.OpenedCase opened = Cases.open("mediator2");

        assertThat(as("mediator1").get("/api/cases/" + opened.id()).statusCode()).isEqualTo(404);
        assertThat(as("mediator1").get("/api/participants/" + opened.harmedPersonId()).statusCode()).isEqualTo(404);

        assertThat(theOnlyEventAbout("CASE", opened.id())).containsEntry("username", "mediator1").containsEntry("roles", "mediator")
                .containsEntry("details", "status=404 route=GET /api/cases/{id}");
        Map<String, Object> participant = theOnlyEventAbout("PARTICIPANT", opened.harmedPersonId());
        assertThat(participant).containsEntry("username", "mediator1")
                .containsEntry("details", "status=404 route=GET /api/participants/{id}");
    }

    @Test
    void an_allowed_read_leaves_no_denied_event() {
        String id = Participants.create(Participants.victim("Ada", Participants.unique("Allowed")));
        assertThat(as("coordinator1").get("/api/participants/" + id).statusCode()).isEqualTo(200);
        settle();
        assertThat(denied("PARTICIPANT", id)).isEmpty();
    }

    /** The event is written after the response: waits for it, then checks that no second one follows. */
    private static Map<String, Object> theOnlyEventAbout(String type, String id) {
        List<Map<String, Object>> events = List.of();
        for (int attempt = 0; attempt < 50 && events.isEmpty(); attempt++) {
            settle();
            events = denied(type, id);
        }
        settle();
        events = denied(type, id);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<Map<String, Object>> denied(String type, String id) {
        List<Map<String, Object>> items = as("auditor1").queryParam("resourceType", type).queryParam("resourceId", id)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(e -> "DENIED".equals(e.get("action"))).toList();
    }

    private static void settle() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
