package ro.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ro.testing.AtOnce;
import ro.testing.Callers;
import ro.testing.Participants;
import ro.testing.Referrals;

/**
 * Two API processes on one database, driven at once: what one instance guarantees holds across two
 * (optimistic locking, idempotent submissions, rate limits, the audit chain). Reads are limited to
 * {@value #READS} per caller and hour, so only the rate-limit story reads through the API.
 */
class TwoInstancesIT {

    static final int READS = 10;

    static ClusterDatabase database;
    static ApiProcess first;
    static ApiProcess second;

    @BeforeAll
    static void start() throws Exception {
        var files = Files.createTempDirectory("ro-cluster-files");
        var limits = Map.of("RO_RATE_LIMIT_PERIOD", "PT1H", "RO_RATE_LIMIT_CALLER_READS", String.valueOf(READS),
                "RO_RATE_LIMIT_CALLER_WRITES", "100000", "RO_RATE_LIMIT_ADDRESS_READS", "100000",
                "RO_RATE_LIMIT_ADDRESS_WRITES", "100000");
        database = ClusterDatabase.create();
        first = new ApiProcess("two-a", 18102, database, files, limits).start();
        second = new ApiProcess("two-b", 18103, database, files, limits).start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable each : new AutoCloseable[] { first, second, database }) {
            try {
                if (each != null) {
                    each.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void of_two_updates_racing_on_two_instances_with_the_same_etag_exactly_one_wins() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = on(first, Callers.coordinator()).body(victim("Race", unique("Twin"))).post("/api/participants")
                    .then().statusCode(201).extract().path("id");
            List<Response> answers = AtOnce.send(List.of(() -> rename(first, id, "Left"), () -> rename(second, id, "Right")));
            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertThat(statuses).as("round %d", round).containsExactly(200, 412);
            Response winner = answers.get(0).statusCode() == 200 ? answers.get(0) : answers.get(1);
            assertThat(database.number("select version from participant where id = ?::uuid", id)).isEqualTo(1);
            assertThat(database.number("select count(*) from participant where id = ?::uuid and first_name = ?", id,
                    winner.<String>path("firstName"))).isEqualTo(1);
        }
    }

    @Test
    void the_same_submission_sent_to_both_instances_at_once_makes_one_referral_that_both_answers_name() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = Participants.offenderNumber();
            Map<String, Object> body = new HashMap<>(Referrals.staffReferral(number));
            body.put("onBehalfOf", "staff2");
            String key = "twin-" + UUID.randomUUID();
            List<Response> answers = AtOnce.send(List.of(() -> submit(first, key, body), () -> submit(second, key, body)));

            assertThat(answers.stream().map(Response::statusCode).sorted().toList()).containsExactly(200, 201);
            assertThat(answers.get(0).<String>path("id")).isNotNull().isEqualTo(answers.get(1).path("id"));
            assertThat(database.number("select count(*) from referral where offender_number = ?", number)).isEqualTo(1);
        }
    }

    @Test
    void a_burst_split_over_both_instances_is_allowed_the_callers_limit_in_total() throws Exception {
        List<Supplier<Response>> burst = new ArrayList<>();
        for (int i = 0; i < 3 * READS; i++) {
            ApiProcess instance = i % 2 == 0 ? first : second;
            burst.add(() -> on(instance, Callers.as("mediator2")).get("/api/participants"));
        }
        List<Integer> statuses = AtOnce.send(burst).stream().map(Response::statusCode).toList();

        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(READS);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(2 * READS);
    }

    @Test
    void after_concurrent_writes_on_both_instances_the_audit_chain_verifies_without_gap_or_fork() throws Exception {
        List<Supplier<Response>> writes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ApiProcess instance = i % 2 == 0 ? first : second;
            writes.add(() -> on(instance, Callers.coordinator()).body(victim("Chain", unique("Audit"))).post("/api/participants"));
        }
        List<String> ids = AtOnce.send(writes).stream().map(r -> r.then().statusCode(201).extract().<String>path("id")).toList();

        database.awaitAuditSealed();
        for (String id : ids) {
            assertThat(database.number("select count(*) from audit_entry e join audit_seal s on s.entry_seq = e.seq"
                    + " where e.action = 'CREATE' and e.resource_id = ?", id)).as("sealed creation of %s", id).isEqualTo(1);
        }
        long entries = database.number("select count(*) from audit_entry");
        assertThat(database.number("select count(*) from audit_seal")).isEqualTo(entries);
        assertThat(database.number("select coalesce(max(position), 0) from audit_seal")).isEqualTo(entries);
        assertThat(database.number("select count(distinct prev_hash) from audit_seal")).isEqualTo(entries);
        assertThat(database.number("select count(*) from audit_seal s join audit_seal p on p.position = s.position - 1"
                + " where s.prev_hash <> p.hash")).isZero();
        for (ApiProcess instance : List.of(first, second)) {
            on(instance, Callers.as("auditor1")).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", org.hamcrest.Matchers.equalTo(true))
                    .body("checked", org.hamcrest.Matchers.greaterThanOrEqualTo((int) entries));
        }
    }

    private static Response rename(ApiProcess instance, String id, String firstName) {
        Map<String, Object> change = victim(firstName, "Twin");
        change.remove("kind");
        return on(instance, Callers.coordinator()).header("If-Match", "\"0\"").body(change).put("/api/participants/" + id);
    }

    private static Response submit(ApiProcess instance, String key, Map<String, Object> body) {
        return on(instance, Callers.asIntegration()).header("Idempotency-Key", key).body(body).post("/api/offender-referrals");
    }

    static RequestSpecification on(ApiProcess instance, RequestSpecification request) {
        return request.baseUri(instance.baseUrl());
    }
}
