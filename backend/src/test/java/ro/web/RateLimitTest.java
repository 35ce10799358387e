package ro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static ro.testing.Callers.anonymous;
import static ro.testing.Callers.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.BucketConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import ro.testing.Database;
import ro.testing.Participants;
import ro.testing.Tokens;

/** Low limits (3 per caller, 6 per address, per hour); each test comes from its own address through a trusted proxy. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    static final long CALLER_LIMIT = 3;

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("ro.rate-limit.period", "PT1H"),
                    Map.entry("ro.rate-limit.caller.reads", "3"), Map.entry("ro.rate-limit.caller.writes", "3"),
                    Map.entry("ro.rate-limit.caller.uploads", "3"), Map.entry("ro.rate-limit.address.reads", "6"),
                    Map.entry("ro.rate-limit.address.writes", "6"), Map.entry("ro.rate-limit.address.uploads", "6"),
                    Map.entry("ro.rate-limit.trusted-proxy-hops", "1"));
        }
    }

    @Inject
    DataSource db;

    @Test
    void the_read_above_the_callers_limit_is_refused_with_retry_after_in_english_and_french() {
        for (int i = 0; i < CALLER_LIMIT; i++) {
            read(from("203.0.113.1", as("staff1"))).statusCode(not(equalTo(429)));
        }
        ApiHeadersTest.hardened(read(from("203.0.113.1", as("staff1"))))
                .statusCode(429)
                .contentType(ProblemMappers.PROBLEM_JSON)
                // one token comes back every 20 minutes
                .header("Retry-After", Long::parseLong, both(greaterThan(1000L)).and(lessThanOrEqualTo(1200L)))
                .header("Content-Language", "en")
                .body("type", equalTo("/problems/too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("requestId", not(equalTo(null)));
        read(from("203.0.113.1", as("staff1")).header("Accept-Language", "fr-CA"))
                .statusCode(429)
                .header("Content-Language", "fr")
                .body("title", equalTo("Trop de requêtes"))
                .body("detail", matchesPattern("Trop de requêtes de ce type en peu de temps\\. Réessayez dans 1[0-9]{3} secondes\\."));
    }

    @Test
    void writes_and_uploads_have_their_own_buckets_and_a_refused_write_creates_nothing() {
        for (int i = 0; i < CALLER_LIMIT; i++) {
            read(from("203.0.113.2", as("coordinator1"))).statusCode(not(equalTo(429)));
        }
        read(from("203.0.113.2", as("coordinator1"))).statusCode(429);

        // the upload reaches the resource (which finds no such message), the write creates its participant
        from("203.0.113.2", as("coordinator1")).contentType("application/octet-stream").body("%PDF-1.4 a letter".getBytes())
                .post("/api/cases/" + java.util.UUID.randomUUID() + "/messages/" + java.util.UUID.randomUUID() + "/uploads/original")
                .then().statusCode(404);
        for (int i = 0; i < CALLER_LIMIT; i++) {
            create(Participants.unique("Quota")).statusCode(201);
        }

        String refused = Participants.unique("Refused");
        create(refused).statusCode(429).header("Retry-After", not(equalTo(null)));
        assertThat(Database.count(db, "select count(*) from participant where last_name = '" + refused + "'")).isZero();
    }

    @Test
    void a_second_caller_from_the_same_address_is_not_held_back_by_the_first() {
        for (int i = 0; i < CALLER_LIMIT; i++) {
            read(from("203.0.113.3", as("mediator1"))).statusCode(not(equalTo(429)));
        }
        read(from("203.0.113.3", as("mediator1"))).statusCode(429);

        read(from("203.0.113.3", as("mediator2"))).statusCode(not(equalTo(429)));
    }

    @Test
    void an_unauthenticated_flood_is_refused_by_the_address_limit() {
        for (int i = 0; i < 6; i++) {
            read(from("198.51.100.4", anonymous())).statusCode(401);
        }
        read(from("198.51.100.4", anonymous())).statusCode(429).contentType(ProblemMappers.PROBLEM_JSON);
        read(from("198.51.100.4", anonymous()).auth().oauth2("not-a-token")).statusCode(429);

        read(from("198.51.100.5", anonymous())).statusCode(401);
    }

    @Test
    void requests_of_one_caller_arriving_together_take_exactly_the_limit() throws Exception {
        int together = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(together);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < together; i++) {
                // each from its own address, so only the caller's bucket can refuse (a refusal by role counts too)
                String address = "192.0.2." + (10 + i);
                answers.add(pool.submit(() -> read(from(address, as("staff2"))).extract().statusCode()));
            }
            long refused = 0;
            for (var answer : answers) {
                refused += answer.get() == 429 ? 1 : 0;
            }
            assertThat(refused).isEqualTo(together - CALLER_LIMIT);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tokens_taken_by_another_replica_count_for_this_one() {
        var otherReplica = RateLimitBuckets.proxyManager(db);
        BucketConfiguration sameLimits = RateLimitBuckets.configuration(CALLER_LIMIT, Duration.ofHours(1));
        String key = RateLimitBuckets.key(RateLimitBuckets.CALLER, RequestKind.READ, subjectOf(Tokens.of("auditor1")));
        assertThat(otherReplica.builder().build(key, () -> sameLimits).tryConsume(CALLER_LIMIT)).isTrue();

        from("203.0.113.6", as("auditor1")).get("/api/audit/entries").then().statusCode(429);
        assertThat(otherReplica.builder().build(key, () -> sameLimits).getAvailableTokens()).isZero();
    }

    private static RequestSpecification from(String address, RequestSpecification caller) {
        return caller.header("X-Forwarded-For", address);
    }

    private static ValidatableResponse read(RequestSpecification request) {
        return request.get("/api/participants").then();
    }

    private static ValidatableResponse create(String lastName) {
        return from("203.0.113.2", as("coordinator1")).body(Participants.victim("Ada", lastName)).post("/api/participants").then();
    }

    private static String subjectOf(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(payload).get("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
