package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static ro.testing.Callers.as;
import static ro.testing.Callers.coordinator;
import static ro.testing.Participants.create;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Database;
import ro.testing.DatabaseRoles;

@QuarkusTest
class AuditTrailApiTest {

    @Inject
    DataSource db;

    @Test
    void creating_reading_and_changing_a_participant_are_each_audited_with_who_what_and_the_request() {
        String id = coordinator().header("X-Request-Id", "req-create-1").body(victim("Aude", unique("Audit")))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        coordinator().header("X-Request-Id", "req-read-1").get("/api/participants/" + id).then().statusCode(200);
        Map<String, Object> change = victim("Aude", unique("Audit"));
        change.remove("kind");
        coordinator().header("X-Request-Id", "req-update-1").header("If-Match", "\"0\"").body(change)
                .put("/api/participants/" + id).then().statusCode(200);

        as("auditor1").queryParam("resourceType", "PARTICIPANT").queryParam("resourceId", id)
                .get("/api/audit/entries").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("UPDATE", "READ", "CREATE"))
                .body("items.requestId", contains("req-update-1", "req-read-1", "req-create-1"))
                .body("items.username", contains("coordinator1", "coordinator1", "coordinator1"))
                .body("items.roles", contains("coordinator", "coordinator", "coordinator"))
                .body("items[0].details", equalTo("fields=lastName"))
                .body("items[0].subject", notNullValue())
                .body("items[0].at", notNullValue());
    }

    @Test
    void a_list_is_audited_with_the_ids_it_showed() {
        String last = unique("Listed");
        String id = create(victim("Ida", last));
        coordinator().header("X-Request-Id", "req-list-" + last).queryParam("q", last).get("/api/participants")
                .then().statusCode(200);
        assertThat(Database.count(db, "select count(*) from audit_entry where action = 'LIST' and request_id = 'req-list-"
                + last + "' and details = 'ids=" + id + "'")).isEqualTo(1);
    }

    @Test
    void a_refused_request_writes_no_audit_entry_but_its_security_event() throws InterruptedException {
        String records = "select count(*) from audit_entry where action <> 'DENIED'";
        long before = Database.count(db, records);
        Map<String, Object> invalid = victim("", "X");
        coordinator().body(invalid).post("/api/participants").then().statusCode(400);
        String requestId = as("staff1").get("/api/participants").then().statusCode(403).extract().header("X-Request-Id");
        String event = "select count(*) from audit_entry where action = 'DENIED' and request_id = '" + requestId + "'";
        for (int i = 0; i < 50 && Database.count(db, event) == 0; i++) {
            Thread.sleep(100); // the security event is written after the response
        }
        assertThat(Database.count(db, event)).isEqualTo(1);
        assertThat(Database.count(db, records)).isEqualTo(before);
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_audit_entry_a_seal_or_a_checkpoint_even_for_the_owner() throws Exception {
        create(victim("Ann", unique("Append")));
        Sealing.awaitSealed(db, Database.count(db, "select max(seq) from audit_entry"));
        try (Connection owner = DatabaseRoles.asOwner(); Statement s = owner.createStatement()) {
            for (String sql : List.of("update audit_entry set action = 'NOTHING' where seq = (select max(seq) from audit_entry)",
                    "delete from audit_entry where seq = (select max(seq) from audit_entry)", "truncate audit_entry",
                    "update audit_seal set hash = prev_hash where position = (select max(position) from audit_seal)",
                    "delete from audit_seal where position = (select max(position) from audit_seal)", "truncate audit_seal",
                    "update audit_checkpoint set sealed = 0", "delete from audit_checkpoint", "truncate audit_checkpoint")) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("is append-only");
            }
        }
    }

    @Test
    void concurrent_requests_still_chain_in_one_order_and_verification_finds_it_intact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            results.add(pool.submit(() -> coordinator().body(victim("Con" + n, unique("Chain"))).post("/api/participants").statusCode()));
        }
        for (Future<Integer> f : results) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        as("auditor1").get("/api/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenSeq", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void verification_names_the_first_entry_that_was_edited_behind_the_apis_back() throws Exception {
        create(victim("Tamper", unique("Chain")));
        create(victim("Tamper", unique("Chain")));
        long target = Database.count(db, "select max(seq) - 1 from audit_entry");
        Sealing.awaitSealed(db, target);
        String original;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select action from audit_entry where seq = " + target);
            rs.next();
            original = rs.getString(1);
        }
        tamper(target, "READ_NOTHING");
        try {
            as("auditor1").get("/api/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) target))
                    .body("findings.kind", contains("EDITED_ENTRY"))
                    .body("findings[0].seq", equalTo((int) target));
        } finally {
            tamper(target, original);
        }
        as("auditor1").get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    /** What the owner, with direct database access, could do: switch the triggers off for their session. */
    private void tamper(long seq, String action) throws SQLException {
        try (Connection c = DatabaseRoles.asOwner(); Statement s = c.createStatement()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            s.execute("set local session_replication_role = replica");
            try (PreparedStatement p = c.prepareStatement("update audit_entry set action = ? where seq = ?")) {
                p.setString(1, action);
                p.setLong(2, seq);
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            c.commit();
            c.setAutoCommit(auto);
        }
    }

    @Test
    void the_auditor_reads_the_trail_but_no_other_role_does() {
        as("auditor1").queryParam("size", 5).get("/api/audit/entries").then().statusCode(200).body("items", hasSize(5));
        for (String user : List.of("coordinator1", "mediator1", "staff1", "admin1")) {
            as(user).get("/api/audit/entries").then().statusCode(403);
            as(user).get("/api/audit/verification").then().statusCode(403);
        }
    }
}
