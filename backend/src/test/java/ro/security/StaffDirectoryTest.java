package ro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ro.web.ApiProblem;
import ro.web.ProblemType;

/** The staff directory against a stand-in for Keycloak that counts what it is asked. */
class StaffDirectoryTest {

    private HttpServer keycloak;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private volatile int adminStatus = 200;

    @BeforeEach
    void start() throws IOException {
        users.put("staff1", "[{\"id\":\"u-staff1\",\"username\":\"staff1\",\"enabled\":true}]");
        users.put("retired1", "[{\"id\":\"u-retired1\",\"username\":\"retired1\",\"enabled\":false}]");
        users.put("coordinator1", "[{\"id\":\"u-coordinator1\",\"username\":\"coordinator1\",\"enabled\":true}]");
        users.put("mediator1", "[{\"id\":\"u-mediator1\",\"username\":\"mediator1\",\"enabled\":true,\"firstName\":\"Martin\",\"lastName\":\"Mediator\"}]");
        keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        keycloak.createContext("/realms/ro/protocol/openid-connect/token", ex -> {
            tokens.incrementAndGet();
            answer(ex, 200, "{\"access_token\":\"t" + tokens.get() + "\",\"expires_in\":300}");
        });
        keycloak.createContext("/admin/realms/ro/users", this::admin);
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private void admin(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        asked.add(path + (ex.getRequestURI().getQuery() == null ? "" : "?" + ex.getRequestURI().getQuery()));
        if (adminStatus != 200) {
            answer(ex, adminStatus, "{}");
        } else if (path.endsWith("/role-mappings/realm/composite")) {
            String role = path.contains("u-coordinator1") ? "coordinator" : path.contains("u-mediator1") ? "mediator" : "staff";
            answer(ex, 200, "[{\"name\":\"default-roles-ro\"},{\"name\":\"" + role + "\"}]");
        } else {
            String query = ex.getRequestURI().getQuery();
            String name = query.substring(query.indexOf("username=") + "username=".length());
            answer(ex, 200, users.getOrDefault(name, "[]"));
        }
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private StaffDirectory directory(Optional<String> secret, int cacheSeconds) {
        StaffDirectory d = new StaffDirectory();
        d.realmUrl = "http://localhost:" + keycloak.getAddress().getPort() + "/realms/ro";
        d.clientId = "ro-api";
        d.clientSecret = secret;
        d.cacheSeconds = cacheSeconds;
        d.timeoutMillis = 2000;
        d.json = new ObjectMapper();
        d.init();
        return d;
    }

    private static ProblemType refusal(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem == null) {
                throw refused;
            }
            return problem.type();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void an_enabled_user_with_the_staff_role_is_a_staff_member_spelt_as_the_realm_spells_them() {
        assertThat(directory(Optional.of("s"), 60).staffMember("STAFF1")).isEqualTo("staff1");
    }

    @Test
    void an_unknown_user_a_disabled_one_and_one_without_the_staff_role_are_refused_naming_on_behalf_of() {
        StaffDirectory d = directory(Optional.of("s"), 60);
        for (String notStaff : List.of("nobody", "retired1", "coordinator1")) {
            assertThatThrownBy(() -> d.staffMember(notStaff)).satisfies(refused -> {
                ApiProblem p = ApiProblem.of(refused);
                assertThat(p.type()).isEqualTo(ProblemType.NOT_A_STAFF_MEMBER);
                assertThat(p.type().status()).isEqualTo(422);
                assertThat(p.violations()).extracting(v -> v.field()).containsExactly("onBehalfOf");
            });
        }
        assertThat(asked).noneMatch(a -> a.contains("u-retired1"));
    }

    @Test
    void answers_are_kept_for_the_cache_time_and_one_token_serves_many_questions() {
        StaffDirectory d = directory(Optional.of("s"), 60);
        for (int i = 0; i < 5; i++) {
            d.staffMember("staff1");
            refusal(() -> d.staffMember("nobody"));
        }
        assertThat(asked).hasSize(3);
        assertThat(tokens.get()).isEqualTo(1);

        StaffDirectory uncached = directory(Optional.of("s"), 0);
        uncached.staffMember("staff1");
        uncached.staffMember("staff1");
        assertThat(asked).hasSize(7);
    }

    @Test
    void keycloak_failing_or_unreachable_or_no_secret_answers_503_and_is_not_remembered() {
        StaffDirectory d = directory(Optional.of("s"), 60);
        adminStatus = 500;
        assertThat(refusal(() -> d.staffMember("staff1"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        adminStatus = 200;
        assertThat(d.staffMember("staff1")).isEqualTo("staff1");

        adminStatus = 401;
        assertThat(refusal(() -> d.staffMember("nobody"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(tokens.get()).as("a refused token is renewed once before giving up").isEqualTo(2);

        assertThat(refusal(() -> directory(Optional.empty(), 60).staffMember("staff1"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        keycloak.stop(0);
        assertThat(refusal(() -> directory(Optional.of("s"), 60).staffMember("staff1"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemType.SERVICE_UNAVAILABLE.status()).isEqualTo(503);
    }

    @Test
    void a_realm_user_is_named_as_the_realm_spells_them_with_their_effective_roles_and_a_disabled_one_is_none() {
        StaffDirectory d = directory(Optional.of("s"), 60);
        StaffDirectory.RealmUser mediator = d.realmUser("Mediator1").orElseThrow();
        assertThat(mediator.username()).isEqualTo("mediator1");
        assertThat(mediator.firstName()).isEqualTo("Martin");
        assertThat(mediator.holds("mediator")).isTrue();
        assertThat(mediator.holds("staff")).isFalse();
        assertThat(d.realmUser("staff1").orElseThrow().holds("mediator")).isFalse();
        assertThat(d.realmUser("retired1")).isEmpty();
        assertThat(d.realmUser("nobody")).isEmpty();
        assertThat(refusal(() -> d.staffMember("mediator1"))).isEqualTo(ProblemType.NOT_A_STAFF_MEMBER);
        assertThat(asked).as("one question per user, the staff check answered from what the roster asked")
                .filteredOn(a -> a.contains("mediator1")).hasSize(2);
    }

    @Test
    void keycloak_unreachable_answers_503_for_a_realm_user_too() {
        keycloak.stop(0);
        assertThat(refusal(() -> directory(Optional.of("s"), 60).realmUser("mediator1"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }
}
