package ro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Participants.create;
import static ro.testing.Participants.unique;
import static ro.testing.Participants.victim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ro.testing.Callers;

/**
 * Every operation of the contract against every kind of caller. An operation added to the API
 * without a row here fails {@link #every_operation_of_the_contract_has_a_row}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The callers: each role's demo user, the integration client, a user with no role, and no token. */
    static final List<String> CALLERS = List.of("anonymous", "coordinator1", "mediator1", "staff1", "auditor1", "admin1",
            "integration", "norole1");

    /** Expected status per operation, in the order of {@link #CALLERS}. mediator1 is on no case. */
    static final Map<String, List<Integer>> MATRIX = new LinkedHashMap<>();
    static {
        MATRIX.put("GET /api/participants", List.of(401, 200, 200, 403, 403, 403, 403, 403));
        MATRIX.put("POST /api/participants", List.of(401, 201, 403, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/participants/{id}", List.of(401, 200, 404, 403, 403, 403, 403, 403));
        MATRIX.put("PUT /api/participants/{id}", List.of(401, 200, 404, 403, 403, 403, 403, 403));
        MATRIX.put("GET /api/audit/entries", List.of(401, 403, 403, 403, 200, 403, 403, 403));
        MATRIX.put("GET /api/audit/verification", List.of(401, 403, 403, 403, 200, 403, 403, 403));
    }

    @Test
    void every_operation_of_the_contract_has_a_row() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        assertThat(operations).isEqualTo(new TreeSet<>(MATRIX.keySet()));
    }

    @TestFactory
    Stream<DynamicTest> each_caller_gets_exactly_what_its_role_allows() {
        List<DynamicTest> tests = new ArrayList<>();
        MATRIX.forEach((operation, expected) -> {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int status = expected.get(i);
                tests.add(DynamicTest.dynamicTest(operation + " as " + caller + " -> " + status,
                        () -> assertThat(call(operation, spec(caller))).as(operation + " as " + caller).isEqualTo(status)));
            }
        });
        return tests.stream();
    }

    private static RequestSpecification spec(String caller) {
        return switch (caller) {
            case "anonymous" -> Callers.anonymous();
            case "integration" -> Callers.asIntegration();
            default -> Callers.as(caller);
        };
    }

    private static final Map<String, Function<RequestSpecification, Integer>> CALLS = Map.of(
            "GET /api/participants", s -> s.get("/api/participants").statusCode(),
            "POST /api/participants", s -> s.body(victim("Matrix", unique("Row"))).post("/api/participants").statusCode(),
            "GET /api/participants/{id}", s -> s.get("/api/participants/" + create(victim("Matrix", unique("Row")))).statusCode(),
            "PUT /api/participants/{id}", s -> {
                String id = create(victim("Matrix", unique("Row")));
                Map<String, Object> change = victim("Changed", unique("Row"));
                change.remove("kind");
                return s.header("If-Match", "\"0\"").body(change).put("/api/participants/" + id).statusCode();
            },
            "GET /api/audit/entries", s -> s.get("/api/audit/entries").statusCode(),
            "GET /api/audit/verification", s -> s.get("/api/audit/verification").statusCode());

    private static int call(String operation, RequestSpecification spec) {
        assertThat(CALLS).as("a call for " + operation).containsKey(operation);
        return CALLS.get(operation).apply(spec);
    }
}
