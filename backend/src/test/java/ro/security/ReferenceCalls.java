package ro.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.restassured.specification.RequestSpecification;
import ro.testing.References;

/** The authorization matrix's rows and calls for the reference data: read by every role, kept by admin. */
final class ReferenceCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    static {
        List<Integer> everyRole = List.of(401, 200, 200, 200, 200, 200, 200, 200, 403);
        ROWS.put("GET /api/regions", everyRole);
        ROWS.put("GET /api/regions/{id}", everyRole);
        ROWS.put("GET /api/institutions", everyRole);
        ROWS.put("GET /api/institutions/{id}", everyRole);
        ROWS.put("POST /api/regions", List.of(401, 403, 403, 403, 403, 403, 201, 403, 403));
        ROWS.put("PUT /api/regions/{id}", List.of(401, 403, 403, 403, 403, 403, 200, 403, 403));
        ROWS.put("POST /api/institutions", List.of(401, 403, 403, 403, 403, 403, 201, 403, 403));
        ROWS.put("PUT /api/institutions/{id}", List.of(401, 403, 403, 403, 403, 403, 200, 403, 403));

        CALLS.put("GET /api/regions", (who, s) -> s.get("/api/regions").statusCode());
        CALLS.put("GET /api/regions/{id}", (who, s) -> s.get("/api/regions/" + References.ONTARIO).statusCode());
        CALLS.put("GET /api/institutions", (who, s) -> s.queryParam("active", true).get("/api/institutions").statusCode());
        CALLS.put("GET /api/institutions/{id}", (who, s) -> s.get("/api/institutions/" + References.COLLINS_BAY).statusCode());
        CALLS.put("POST /api/regions", (who, s) -> s.body(References.region(References.code("M"))).post("/api/regions").statusCode());
        CALLS.put("PUT /api/regions/{id}", (who, s) -> s.header("If-Match", "\"0\"")
                .body(Map.of("nameEn", "Renamed", "nameFr", "Renommée", "active", true)).put("/api/regions/" + References.newRegion()).statusCode());
        CALLS.put("POST /api/institutions", (who, s) -> s.body(References.institution(References.code("M"), References.ONTARIO))
                .post("/api/institutions").statusCode());
        CALLS.put("PUT /api/institutions/{id}", (who, s) -> s.header("If-Match", "\"0\"")
                .body(Map.of("nameEn", "Renamed", "nameFr", "Renommé", "regionId", References.ONTARIO, "active", true))
                .put("/api/institutions/" + References.newInstitution(References.ONTARIO)).statusCode());
    }

    private ReferenceCalls() {
    }
}
