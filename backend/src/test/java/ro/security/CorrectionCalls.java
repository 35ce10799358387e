package ro.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.restassured.specification.RequestSpecification;
import ro.testing.Callers;
import ro.testing.Participants;

/**
 * The authorization matrix's rows and calls for correction requests (issue 13): coordinators alone record, read and
 * resolve them; a mediator, even one on the case of the record disputed, is refused (403).
 */
final class CorrectionCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    static {
        ROWS.put("GET /api/corrections", List.of(401, 200, 403, 403, 403, 403, 403, 403, 403));
        ROWS.put("POST /api/corrections", List.of(401, 201, 403, 403, 403, 403, 403, 403, 403));
        ROWS.put("GET /api/corrections/{id}", List.of(401, 200, 403, 403, 403, 403, 403, 403, 403));
        ROWS.put("POST /api/corrections/{id}/resolve", List.of(401, 200, 403, 403, 403, 403, 403, 403, 403));

        CALLS.put("GET /api/corrections", (who, s) -> s.get("/api/corrections").statusCode());
        CALLS.put("POST /api/corrections", (who, s) -> s.body(correction()).post("/api/corrections").statusCode());
        CALLS.put("GET /api/corrections/{id}", (who, s) -> s.get("/api/corrections/" + recorded()).statusCode());
        CALLS.put("POST /api/corrections/{id}/resolve", (who, s) -> s.header("If-Match", "\"0\"")
                .body(Map.of("outcome", "ANNOTATED", "note", "The record stands")).post("/api/corrections/" + recorded() + "/resolve")
                .statusCode());
    }

    private CorrectionCalls() {
    }

    private static Map<String, Object> correction() {
        String person = Participants.create(Participants.victim("Matrix", Participants.unique("Correction")));
        return Map.of("participantId", person, "recordType", "PARTICIPANT", "recordId", person, "field", "lastName",
                "whatIsWrong", "Misspelt", "whatIsAsked", "Spell it right");
    }

    private static String recorded() {
        return Callers.coordinator().body(correction()).post("/api/corrections").then().statusCode(201).extract().path("id");
    }
}
