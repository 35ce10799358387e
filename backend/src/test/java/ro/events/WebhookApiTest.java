package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static ro.testing.Callers.as;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Database;

/** Admin registers, reads, changes, rotates and deletes webhook endpoints; the secret is shown once; every change audited. */
@QuarkusTest
class WebhookApiTest {

    static final String INTEGRATION = "service-account-ro-integration";
    /** Nothing listens there (the discard port): a test's endpoint that the dispatcher might meet fails at once. */
    static final String NOWHERE = "http://127.0.0.1:9/hooks";

    @Inject
    DataSource db;

    static Map<String, Object> endpoint(String url, String integration, List<String> types) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "description", "Test receiver", "eventTypes", types));
        if (integration != null) {
            body.put("integration", integration);
        }
        return body;
    }

    private static List<String> trailOf(String id) {
        List<Map<String, String>> items = as("auditor1").queryParam("resourceType", "WEBHOOK").queryParam("resourceId", id)
                .get("/api/audit/entries").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(e -> e.get("action") + " " + e.get("details")).toList();
    }

    @Test
    void admin_registers_an_endpoint_and_gets_its_secret_once() {
        var created = as("admin1").body(endpoint(NOWHERE + "?token=abc", INTEGRATION, List.of("REFERRAL_STATE_CHANGED")))
                .post("/api/webhooks").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}=")).body("integration", equalTo(INTEGRATION))
                .body("active", equalTo(true)).body("eventTypes", equalTo(List.of("REFERRAL_STATE_CHANGED"))).body("createdBy", equalTo("admin1"))
                .extract();
        String id = created.path("id");
        String secret = created.path("secret");
        assertThat(created.header("Location")).endsWith("/api/webhooks/" + id);

        as("admin1").get("/api/webhooks/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("$", not(hasKey("secret")))
                .body("url", equalTo(NOWHERE + "?token=abc"));
        String listed = as("admin1").queryParam("size", 100).get("/api/webhooks").then().statusCode(200).extract().asString();
        assertThat(listed).contains(id).doesNotContain(secret).doesNotContain("whsec_");
        // the endpoint starts at the outbox's end: it receives what is recorded from now on
        assertThat(Database.count(db, "select after_seq - (select coalesce(max(seq), 0) from event_outbox) from webhook_endpoint where id = '" + id + "'"))
                .isZero();

        String rotated = as("admin1").post("/api/webhooks/" + id + "/secret").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id)).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(Database.text(db, "select secret from webhook_endpoint where id = '" + id + "'")).isEqualTo(rotated);

        List<String> trail = trailOf(id);
        assertThat(trail).contains("CREATE integration=" + INTEGRATION + ",fields=url,description,integration,eventTypes,secret,active",
                "ROTATE_SECRET fields=secret");
        assertThat(String.join(" ", trail)).doesNotContain("whsec_", secret, rotated, "token=abc", "127.0.0.1");
        as("admin1").delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void admin_changes_an_endpoint_with_the_etag_read_then_deletes_it() {
        String id = as("admin1").body(endpoint(NOWHERE, null, List.of("CASE_STAGE_CHANGED"))).post("/api/webhooks").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> change = Map.of("url", NOWHERE + "/v2", "description", "Moved", "eventTypes",
                List.of("CASE_STAGE_CHANGED", "MEETING_STATE_CHANGED"), "active", false);
        as("admin1").body(change).put("/api/webhooks/" + id).then().statusCode(428);
        as("admin1").header("If-Match", "\"7\"").body(change).put("/api/webhooks/" + id).then().statusCode(412);
        as("admin1").header("If-Match", "\"0\"").body(change).put("/api/webhooks/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("active", equalTo(false)).body("url", equalTo(NOWHERE + "/v2"))
                .body("eventTypes", equalTo(List.of("CASE_STAGE_CHANGED", "MEETING_STATE_CHANGED")));
        assertThat(trailOf(id)).contains("UPDATE fields=url,description,eventTypes,active");

        as("admin1").delete("/api/webhooks/" + id).then().statusCode(204);
        as("admin1").get("/api/webhooks/" + id).then().statusCode(404);
        as("admin1").delete("/api/webhooks/" + id).then().statusCode(404);
        assertThat(trailOf(id)).contains("DELETE null");
    }

    @Test
    void an_integration_endpoint_takes_only_event_types_that_may_leave_the_program() {
        as("admin1").body(endpoint(NOWHERE, INTEGRATION, List.of("REFERRAL_STATE_CHANGED", "CASE_STAGE_CHANGED")))
                .post("/api/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("eventTypes")).body("errors[0].rule", equalTo("MayLeaveTheProgram"));
        String id = as("admin1").body(endpoint(NOWHERE, INTEGRATION, List.of("REFERRAL_STATE_CHANGED"))).post("/api/webhooks")
                .then().statusCode(201).extract().path("id");
        as("admin1").header("If-Match", "\"0\"").body(Map.of("url", NOWHERE, "eventTypes", List.of("SAFETY_HOLD_SET"), "active", true))
                .put("/api/webhooks/" + id).then().statusCode(422).body("errors[0].field", equalTo("eventTypes"));
        // the schema refuses it too
        assertThat(Database.count(db, "select count(*) from webhook_endpoint where integration is not null"
                + " and not (event_types <@ array['REFERRAL_STATE_CHANGED']::varchar(80)[])")).isZero();
        as("admin1").delete("/api/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void the_integration_must_be_known_and_the_url_free_of_credentials() {
        as("admin1").body(endpoint(NOWHERE, "service-account-somebody", List.of("REFERRAL_STATE_CHANGED"))).post("/api/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("integration")).body("errors[0].rule", equalTo("KnownIntegration"));
        as("admin1").body(endpoint("http://user:pw@127.0.0.1:9/hooks", null, List.of("REFERRAL_STATE_CHANGED"))).post("/api/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url")).body("errors[0].rule", equalTo("NoCredentials"));
        as("admin1").body(endpoint("not a url", null, List.of("REFERRAL_STATE_CHANGED"))).post("/api/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        as("admin1").body(endpoint(NOWHERE, null, List.of())).post("/api/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        as("admin1").body(endpoint(NOWHERE, null, List.of("NO_SUCH_TYPE"))).post("/api/webhooks").then().statusCode(400);
    }
}
