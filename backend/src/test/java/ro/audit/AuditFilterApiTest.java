package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;

/** The auditor's filters of the trail, alone and combined, and paging across them. */
@QuarkusTest
class AuditFilterApiTest {

    /** A participant created, read and changed by coordinator1 in three requests named {@code prefix-1..3}; returns its id. */
    static String threeRequests(String prefix) {
        Map<String, Object> body = victim("Fil", unique("Filter"));
        String id = coordinator().header("X-Request-Id", prefix + "-1").body(body).post("/api/participants").then().statusCode(201)
                .extract().path("id");
        coordinator().header("X-Request-Id", prefix + "-2").get("/api/participants/" + id).then().statusCode(200);
        body.remove("kind");
        body.put("lastName", unique("Changed"));
        coordinator().header("X-Request-Id", prefix + "-3").header("If-Match", "\"0\"").body(body).put("/api/participants/" + id)
                .then().statusCode(200);
        return id;
    }

    static RequestSpecification auditor() {
        return as("auditor1");
    }

    @Test
    void each_filter_alone_keeps_only_its_entries_newest_first() {
        Instant start = Instant.now();
        String prefix = unique("req-filter-");
        String id = threeRequests(prefix);
        auditor().queryParam("requestId", prefix + "-2").get("/api/audit/entries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("READ")).body("items[0].resourceId", equalTo(id));
        auditor().queryParam("resourceId", id).get("/api/audit/entries").then()
                .body("items.requestId", contains(prefix + "-3", prefix + "-2", prefix + "-1"));
        auditor().queryParam("resourceType", "PARTICIPANT").queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.resourceType", everyItem(equalTo("PARTICIPANT"))).body("items.requestId", hasItem(prefix + "-3"));
        auditor().queryParam("action", "UPDATE").queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.action", everyItem(equalTo("UPDATE"))).body("items.requestId", hasItem(prefix + "-3"));
        auditor().queryParam("actor", "coordinator1").queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.username", everyItem(equalTo("coordinator1"))).body("items[0].requestId", equalTo(prefix + "-3"));
        String subject = auditor().queryParam("requestId", prefix + "-1").get("/api/audit/entries").then().extract().path("items[0].subject");
        auditor().queryParam("actor", subject).queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.subject", everyItem(equalTo(subject))).body("items[0].requestId", equalTo(prefix + "-3"));
        auditor().queryParam("role", "coordinator").queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.roles", everyItem(equalTo("coordinator"))).body("items[0].requestId", equalTo(prefix + "-3"));
        auditor().queryParam("role", "auditor").queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.roles", everyItem(equalTo("auditor"))).body("items.requestId", not(hasItem(prefix + "-3")));
        auditor().queryParam("from", start.toString()).queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.requestId", hasItem(prefix + "-1"))
                .body("items.at", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(start.toString().substring(0, 19))));
        auditor().queryParam("to", start.toString()).queryParam("size", 100).get("/api/audit/entries").then()
                .body("items.requestId", not(hasItem(prefix + "-1")));
    }

    @Test
    void filters_combine_and_a_period_given_as_dates_covers_whole_days() {
        String prefix = unique("req-combined-");
        String id = threeRequests(prefix);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        auditor().queryParam("actor", "coordinator1").queryParam("role", "coordinator").queryParam("action", "READ")
                .queryParam("resourceType", "PARTICIPANT").queryParam("resourceId", id).queryParam("from", today)
                .get("/api/audit/entries").then().statusCode(200)
                .body("total", equalTo(1)).body("items.requestId", contains(prefix + "-2"));
        auditor().queryParam("resourceId", id).queryParam("action", "READ").queryParam("role", "mediator").get("/api/audit/entries")
                .then().body("total", equalTo(0)).body("items", empty());
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        auditor().queryParam("resourceId", id).queryParam("from", yesterday).queryParam("to", yesterday).get("/api/audit/entries")
                .then().body("total", equalTo(0));
        auditor().queryParam("resourceId", id).queryParam("from", yesterday).get("/api/audit/entries").then().body("total", equalTo(3));
    }

    @Test
    void pages_of_a_filtered_trail_by_cursor_and_by_number_follow_each_other_without_gap_or_repeat() {
        String prefix = unique("req-paged-");
        String id = threeRequests(prefix);
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = auditor().queryParam("actor", "coordinator1").queryParam("resourceId", id).queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/audit/entries").then().statusCode(200).body("total", equalTo(3)).extract().jsonPath();
            seen.addAll(page.getList("items.requestId"));
            after = page.getString("next");
        } while (after != null);
        assertThat(seen).containsExactly(prefix + "-3", prefix + "-2", prefix + "-1");
        auditor().queryParam("resourceId", id).queryParam("size", 2).queryParam("page", 1).get("/api/audit/entries").then()
                .body("items.requestId", contains(prefix + "-1")).body("next", nullValue());
    }

    @Test
    void a_records_access_log_lists_every_read_and_change_of_it_every_refused_attempt_and_every_list_that_showed_it()
            throws InterruptedException {
        String prefix = unique("req-log-");
        String last = unique("Logged");
        String id = coordinator().header("X-Request-Id", prefix + "-1").body(victim("Log", last)).post("/api/participants").then()
                .statusCode(201).extract().path("id");
        coordinator().header("X-Request-Id", prefix + "-2").get("/api/participants/" + id).then().statusCode(200);
        coordinator().header("X-Request-Id", prefix + "-3").queryParam("q", last).get("/api/participants").then().statusCode(200);
        as("mediator1").header("X-Request-Id", prefix + "-4").get("/api/participants/" + id).then().statusCode(404);
        for (int i = 0; i < 50 && auditor().get("/api/audit/records/PARTICIPANT/" + id).then().extract().<Integer>path("total") < 4; i++) {
            Thread.sleep(100); // the refusal's security event is written after the response
        }
        auditor().get("/api/audit/records/PARTICIPANT/" + id).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", contains("DENIED", "LIST", "READ", "CREATE"))
                .body("items.requestId", contains(prefix + "-4", prefix + "-3", prefix + "-2", prefix + "-1"))
                .body("items.username", contains("mediator1", "coordinator1", "coordinator1", "coordinator1"))
                .body("items.roles", contains("mediator", "coordinator", "coordinator", "coordinator"))
                .body("items[1].details", equalTo("ids=" + id))
                .body("items.at", everyItem(org.hamcrest.Matchers.notNullValue()));
        String next = auditor().queryParam("size", 3).get("/api/audit/records/PARTICIPANT/" + id).then()
                .body("items.action", contains("DENIED", "LIST", "READ")).body("total", equalTo(4)).extract().path("next");
        auditor().queryParam("size", 3).queryParam("after", next).get("/api/audit/records/PARTICIPANT/" + id).then()
                .body("items.action", contains("CREATE")).body("next", nullValue());
        auditor().queryParam("size", 3).queryParam("page", 1).get("/api/audit/records/PARTICIPANT/" + id).then()
                .body("items.action", contains("CREATE"));
        auditor().get("/api/audit/records/CASE/" + unique("none")).then().statusCode(200).body("total", equalTo(0));
        auditor().get("/api/audit/records/participant/" + id).then().statusCode(422).body("errors[0].field", equalTo("resourceType"));
    }

    @Test
    void a_cases_access_log_names_the_changes_of_its_messages() {
        OpenedCase c = Cases.inDialogue("mediator1");
        String letter = Cases.letter(c, "submit");
        auditor().queryParam("size", 100).get("/api/audit/records/CASE/" + c.id()).then().statusCode(200)
                .body("items.findAll { it.resourceType == 'MESSAGE' }.resourceId", hasItem(letter))
                .body("items.findAll { it.resourceType == 'CASE' }.action", hasItem("CREATE"));
    }

    @Test
    void a_broken_filter_is_refused_with_422_naming_its_parameter() {
        for (Map.Entry<String, String> bad : Map.of("role", "superuser", "action", "read", "resourceType", "participant; drop",
                "from", "yesterday", "to", "2026-13-40", "requestId", "x".repeat(101), "actor", "a\u0007b").entrySet()) {
            auditor().queryParam(bad.getKey(), bad.getValue()).get("/api/audit/entries").then().statusCode(422)
                    .body("errors.field", contains(bad.getKey()));
        }
        auditor().queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get("/api/audit/entries").then().statusCode(422)
                .body("errors.field", contains("to"));
        auditor().header("Accept-Language", "fr").queryParam("role", "superuser").get("/api/audit/entries").then().statusCode(422)
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("role doit être"));
    }
}
