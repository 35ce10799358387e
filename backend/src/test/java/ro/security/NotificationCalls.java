package ro.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import io.restassured.specification.RequestSpecification;
import ro.testing.Callers;

/**
 * The authorization matrix's rows and calls for each person's e-mail notice settings (issue 16):
 * coordinators and mediators, their own only. The save turns e-mail off, so the matrix sends no notice.
 */
final class NotificationCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    private static final Set<String> MAY = Set.of("coordinator1", "mediator1");

    static {
        ROWS.put("GET /api/me/notifications", List.of(401, 200, 200, 403, 403, 403, 403, 403, 403));
        ROWS.put("PUT /api/me/notifications", List.of(401, 200, 200, 403, 403, 403, 403, 403, 403));

        CALLS.put("GET /api/me/notifications", (who, s) -> s.get("/api/me/notifications").statusCode());
        CALLS.put("PUT /api/me/notifications", (who, s) -> {
            // the ETag the caller reads (their own settings); "0" for those who may not read any
            String etag = MAY.contains(who) ? Callers.as(who).get("/api/me/notifications").then().statusCode(200).extract().header("ETag") : "\"0\"";
            return s.header("If-Match", etag).body(Map.of("emailEnabled", false, "kinds", List.of(), "frequency", "IMMEDIATE", "language", "en"))
                    .put("/api/me/notifications").statusCode();
        });
    }

    private NotificationCalls() {
    }
}
