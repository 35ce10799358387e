package ro.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.create;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import ro.testing.Cases;
import ro.testing.Database;

/** Lists read by cursor (keyset) and their totals counted up to a cap. */
@QuarkusTest
class ListPagingApiTest {

    @Inject
    DataSource db;

    @Inject
    ListSettings settings;

    /** Every id of a list, page by page (by number) or by following next. */
    private static List<String> walk(Supplier<RequestSpecification> caller, String path, Map<String, Object> filters, boolean byCursor) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 50; page++) {
            RequestSpecification request = caller.get().queryParams(filters).queryParam("size", 2);
            request = byCursor ? (after == null ? request : request.queryParam("after", after)) : request.queryParam("page", page);
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Object> items = body.getList(path.contains("audit") ? "items.seq" : "items.id");
            items.forEach(id -> ids.add(String.valueOf(id)));
            after = body.getString("next");
            if (after == null || items.isEmpty()) {
                return ids;
            }
        }
        throw new AssertionError("the walk did not end");
    }

    @Test
    void walking_the_participants_by_next_returns_every_row_once_in_the_order_of_the_pages() {
        String family = unique("Keyset");
        List<String> made = new ArrayList<>();
        for (String first : List.of("Eve", "Ann", "Zoe", "Ann", "Bob")) {
            made.add(create(victim(first, family)));
        }
        Map<String, Object> search = Map.of("q", family);
        List<String> byPage = walk(ro.testing.Callers::coordinator, "/api/participants", search, false);
        List<String> byCursor = walk(ro.testing.Callers::coordinator, "/api/participants", search, true);

        assertThat(byCursor).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made).isEqualTo(byPage);
        coordinator().queryParam("q", family).queryParam("size", 2).get("/api/participants").then().statusCode(200)
                .body("total", equalTo(5)).body("totalIsExact", equalTo(true)).body("items.firstName", contains("Ann", "Ann"))
                .body("next", notNullValue());
        coordinator().queryParam("q", family).queryParam("size", 5).get("/api/participants").then().statusCode(200)
                .body("next", nullValue());
    }

    @Test
    void a_timeline_and_the_audit_trail_walk_by_next_in_the_order_of_their_pages() {
        Cases.OpenedCase opened = Cases.open("mediator1");
        as("mediator1").get("/api/cases/" + opened.id()).then().statusCode(200);
        String timeline = "/api/cases/" + opened.id() + "/timeline";
        assertThat(walk(() -> as("mediator1"), timeline, Map.of(), true))
                .isNotEmpty().isEqualTo(walk(() -> as("mediator1"), timeline, Map.of(), false));

        Map<String, Object> ofTheCase = Map.of("resourceType", "CASE", "resourceId", opened.id());
        List<String> entries = walk(() -> as("auditor1"), "/api/audit/entries", ofTheCase, true);
        assertThat(entries).hasSizeGreaterThan(2).doesNotHaveDuplicates()
                .isEqualTo(walk(() -> as("auditor1"), "/api/audit/entries", ofTheCase, false));
        assertThat(entries.stream().map(Long::valueOf).toList()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void a_mediator_walking_the_cases_by_next_never_reaches_another_mediators_case() {
        Cases.OpenedCase mine = Cases.open("mediator1");
        Cases.OpenedCase theirs = Cases.open("mediator2");
        List<String> byCursor = walk(() -> as("mediator1"), "/api/cases", Map.of(), true);
        assertThat(byCursor).contains(mine.id()).doesNotContain(theirs.id()).doesNotHaveDuplicates()
                .isEqualTo(walk(() -> as("mediator1"), "/api/cases", Map.of(), false));

        // a cursor taken from mediator2's list is only a position: mediator1's scope still applies
        String theirCursor = as("mediator2").queryParam("size", 1).get("/api/cases").then().statusCode(200)
                .extract().path("next");
        if (theirCursor != null) {
            List<String> after = as("mediator1").queryParam("after", theirCursor).get("/api/cases").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertThat(after).doesNotContain(theirs.id()).isSubsetOf(byCursor);
        }
        coordinator().queryParam("size", 1).get("/api/cases").then().statusCode(200)
                .body("items.id", contains(theirs.id())).body("totalIsExact", equalTo(true));
    }

    @Test
    void an_edited_foreign_or_misplaced_cursor_is_refused_naming_after_and_nothing_is_listed() {
        String family = unique("Cursor");
        create(victim("Ann", family));
        create(victim("Bob", family));
        String next = coordinator().queryParam("q", family).queryParam("size", 1).get("/api/participants").then().statusCode(200)
                .extract().path("next");
        char last = next.charAt(next.length() - 2);
        String edited = next.substring(0, next.length() - 2) + (last == 'A' ? 'B' : 'A') + next.charAt(next.length() - 1);
        Map<String, String> refused = new HashMap<>();
        refused.put("/api/participants", edited);
        refused.put("/api/cases", next);
        refused.put("/api/referrals", "not*base64");
        refused.put("/api/audit/entries", next.substring(0, 10));
        refused.forEach((path, cursor) -> (path.contains("audit") ? as("auditor1") : coordinator()).queryParam("after", cursor)
                .get(path).then().statusCode(400).body("type", equalTo("/problems/validation")).body("errors.field", contains("after")));
        coordinator().queryParam("q", family).queryParam("after", next).queryParam("page", 1).get("/api/participants").then()
                .statusCode(400).body("errors.field", contains("after"));
        coordinator().queryParam("q", family).queryParam("after", next).get("/api/participants").then().statusCode(200)
                .body("items.firstName", contains("Bob")).body("next", nullValue());
    }

    @Test
    void past_the_cap_a_list_says_its_total_is_not_exact_and_still_pages_by_cursor() throws SQLException {
        int cap = settings.countCap();
        String family = unique("Many").toLowerCase();
        Database.execute(db, """
                insert into participant (id, kind, first_name, last_name, preferred_language, search_key, version, created_at,
                                         updated_at, created_by)
                select gen_random_uuid(), 'SUPPORT_PERSON', 'P' || n, '%1$s', 'EN', 'p' || n || ' %1$s', 0, now(), now(), 'test'
                from generate_series(1, %2$d) n""".formatted(family, cap + 1));
        JsonPath first = coordinator().queryParam("q", family).queryParam("size", 100).get("/api/participants").then()
                .statusCode(200).body("total", equalTo(cap)).body("totalIsExact", equalTo(false)).extract().jsonPath();
        String next = first.getString("next");
        coordinator().queryParam("q", family).queryParam("size", 100).queryParam("after", next).get("/api/participants").then()
                .statusCode(200).body("total", equalTo(cap)).body("totalIsExact", equalTo(false))
                .body("items[0].firstName", equalTo(Database.text(db, "select first_name from participant where last_name = '" + family
                        + "' order by last_name, first_name, id offset 100 limit 1")))
                .body("items.size()", equalTo(100));
        assertThat(Database.count(db, "select count(*) from participant where last_name = '" + family + "'")).isEqualTo(cap + 1);
    }
}
