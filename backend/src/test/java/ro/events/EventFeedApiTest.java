package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.coordinator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import ro.events.Outboxed.Row;
import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Participants;
import ro.testing.Referrals;
import ro.testing.Tokens;

/** GET /api/events: an integration reads its own referrals' events only, a coordinator every event, by cursor, none skipped or repeated. */
@QuarkusTest
class EventFeedApiTest {

    @Inject
    DataSource ds;

    /** Every page from this cursor to the end, walked with the given page size: the events' ids, in order. */
    private static List<Map<String, Object>> walk(Supplier<RequestSpecification> caller, String from, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = from;
        while (true) {
            RequestSpecification spec = caller.get().queryParam("limit", limit);
            if (cursor != null) {
                spec = spec.queryParam("after", cursor);
            }
            JsonPath page = spec.get("/api/events").then().statusCode(200).contentType("application/json").extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            String next = page.getString("next");
            if (items.isEmpty()) {
                assertThat(next).as("an empty page keeps the cursor").isEqualTo(cursor == null ? "0" : cursor);
                return all;
            }
            all.addAll(items);
            cursor = next;
        }
    }

    private static List<Object> ids(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("id")).toList();
    }

    @Test
    void an_integration_reads_only_its_own_referrals_events_and_never_a_case_message_hold_or_meeting_event() {
        String numberA = Participants.offenderNumber();
        String numberB = Participants.offenderNumber();
        String mine = Outboxed.referredBy(Tokens.integration(), numberA);
        String theirs = Outboxed.referredBy(Tokens.secondIntegration(), numberB);
        Referrals.harmedPersonAsks(numberA);
        Referrals.harmedPersonAsks(numberB);
        coordinator().post("/api/referrals/" + mine + "/start-assessment").then().statusCode(200);
        coordinator().post("/api/referrals/" + theirs + "/start-assessment").then().statusCode(200);
        OpenedCase c = Cases.inDialogue("mediator1");
        Cases.letter(c, "submit");

        List<Map<String, Object>> a = walk(() -> Outboxed.as(Tokens.integration()), null, 50);
        List<Map<String, Object>> b = walk(() -> Outboxed.as(Tokens.secondIntegration()), null, 50);
        assertThat(a).extracting(e -> e.get("type")).containsOnly("ca.gc.csc-scc.ro.referral.state-changed");
        assertThat(b).extracting(e -> e.get("type")).containsOnly("ca.gc.csc-scc.ro.referral.state-changed");
        assertThat(a).extracting(e -> e.get("subject")).contains(mine).doesNotContain(theirs, c.id());
        assertThat(b).extracting(e -> e.get("subject")).contains(theirs).doesNotContain(mine, c.id());
        assertThat(ids(a)).isEqualTo(Outboxed.rows(ds, "where integration = '" + Outboxed.INTEGRATION + "'").stream().map(Row::id).toList());
        assertThat(a).filteredOn(e -> e.get("subject").equals(mine)).extracting(e -> (Object) ((Map<?, ?>) e.get("data")).get("state"))
                .as("its referral's waking (DORMANT to SUBMITTED) is not sent to it").containsExactly("SUBMITTED", "UNDER_ASSESSMENT");
    }

    @Test
    void a_coordinator_reads_every_event_and_paging_by_cursor_skips_and_repeats_none() {
        long start = Outboxed.lastSeq(ds);
        String referral = Outboxed.referredBy(Tokens.integration(), Participants.offenderNumber());
        Referrals.harmedPersonAsks(Participants.offenderNumber());
        OpenedCase c = Cases.inDialogue("mediator1");
        Cases.letter(c, "submit", "approve");
        Cases.assessSafety(c.id(), c.offenderId(), "HIGH", false, null);

        List<Row> written = Outboxed.after(ds, start);
        List<Map<String, Object>> byThree = walk(ro.testing.Callers::coordinator, String.valueOf(start), 3);
        List<Map<String, Object>> byAll = walk(ro.testing.Callers::coordinator, String.valueOf(start), 500);
        assertThat(ids(byThree)).doesNotHaveDuplicates().isEqualTo(ids(byAll));
        assertThat(ids(byThree)).containsAll(written.stream().map(Row::id).toList());
        assertThat(new HashSet<>(byThree.stream().map(e -> e.get("type")).toList())).contains("ca.gc.csc-scc.ro.referral.state-changed",
                "ca.gc.csc-scc.ro.case.stage-changed", "ca.gc.csc-scc.ro.message.state-changed", "ca.gc.csc-scc.ro.case.safety-hold-set");
        assertThat(byThree).extracting(e -> e.get("subject")).contains(referral, c.id());
    }

    @Test
    void each_item_is_a_cloudevents_document_and_the_read_is_audited() {
        long start = Outboxed.lastSeq(ds);
        String referral = Outboxed.referredBy(Tokens.integration(), Participants.offenderNumber());
        Row row = Outboxed.of(ds, referral).get(0);
        coordinator().queryParam("after", start).queryParam("limit", 1).get("/api/events").then().statusCode(200)
                .body("items[0].specversion", equalTo("1.0")).body("items[0].id", equalTo(row.id()))
                .body("items[0].source", equalTo("/ro")).body("items[0].type", equalTo("ca.gc.csc-scc.ro.referral.state-changed"))
                .body("items[0].subject", equalTo(referral)).body("items[0].datacontenttype", equalTo("application/json"))
                .body("items[0].data.state", equalTo("SUBMITTED")).body("next", equalTo(String.valueOf(row.seq())));
        String details = ro.testing.Database.text(ds, "select details from audit_entry where action = 'LIST' and resource_type = 'EVENT'"
                + " and username = 'coordinator1' order by seq desc limit 1");
        assertThat(details).contains("after=" + start).contains("next=" + row.seq()).contains("ids=" + row.id());
    }

    @Test
    void a_cursor_or_a_limit_that_is_not_one_is_refused_naming_the_parameter() {
        for (String bad : List.of("abc", "-1", "01", "99999999999999999999", "1.5")) {
            coordinator().queryParam("after", bad).get("/api/events").then().statusCode(400).body("errors.field", contains("after"));
        }
        for (int bad : new int[] { 0, 501 }) {
            coordinator().queryParam("limit", bad).get("/api/events").then().statusCode(400).body("errors.field", contains("limit"));
        }
        coordinator().queryParam("after", Long.MAX_VALUE).get("/api/events").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("next", equalTo(String.valueOf(Long.MAX_VALUE)));
    }
}
