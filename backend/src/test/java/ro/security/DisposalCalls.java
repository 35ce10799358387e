package ro.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.restassured.specification.RequestSpecification;
import ro.testing.Callers;
import ro.testing.Referrals;

/**
 * The authorization matrix's rows and calls for retention and disposal (issue 13): coordinators only. The
 * approval names a referral that is not due, so a coordinator reaches the rule (409) and disposes of nothing.
 */
final class DisposalCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    static {
        ROWS.put("GET /api/disposals/due", List.of(401, 200, 403, 403, 403, 403, 403, 403, 403));
        ROWS.put("POST /api/disposals", List.of(401, 409, 403, 403, 403, 403, 403, 403, 403));
        ROWS.put("PUT /api/legal-holds/{type}/{id}", List.of(401, 201, 403, 403, 403, 403, 403, 403, 403));
        ROWS.put("DELETE /api/legal-holds/{type}/{id}", List.of(401, 204, 403, 403, 403, 403, 403, 403, 403));

        CALLS.put("GET /api/disposals/due", (who, s) -> s.get("/api/disposals/due").statusCode());
        CALLS.put("POST /api/disposals", (who, s) -> s.body(Map.of("records", List.of(Map.of("recordType", "REFERRAL",
                "recordId", Referrals.submitted())))).post("/api/disposals").statusCode());
        CALLS.put("PUT /api/legal-holds/{type}/{id}", (who, s) -> s.body(Map.of("reason", "Matter 2026-114"))
                .put("/api/legal-holds/REFERRAL/" + Referrals.submitted()).statusCode());
        CALLS.put("DELETE /api/legal-holds/{type}/{id}", (who, s) -> {
            String referral = Referrals.submitted();
            Callers.coordinator().body(Map.of("reason", "Matter 2026-115")).put("/api/legal-holds/REFERRAL/" + referral)
                    .then().statusCode(201);
            return s.header("If-Match", "\"0\"").delete("/api/legal-holds/REFERRAL/" + referral).statusCode();
        });
    }

    private DisposalCalls() {
    }
}
