package ro.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix's rows and calls for the pull feed of events (issue 16): a coordinator reads every
 * event, an integration its own referrals' events; every other role is refused (403), whatever it may see elsewhere.
 */
final class EventCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    static {
        ROWS.put("GET /api/events", List.of(401, 200, 403, 403, 403, 403, 403, 200, 403));
        CALLS.put("GET /api/events", (who, s) -> s.queryParam("limit", 5).get("/api/events").statusCode());
    }

    private EventCalls() {
    }
}
