package ro.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.restassured.specification.RequestSpecification;
import ro.testing.Callers;
import ro.testing.Cases;

/**
 * The authorization matrix's rows and calls for video playback grants (issue 14). Asking for a grant follows the
 * file's own rule (the case's coordinators and mediators; 404 for a mediator not on the case, mediator1 here).
 * Playing uses no token: the grant is the credential, coordinator1's here; a request that does carry a token must
 * be coordinator1's (anyone else: 404, as for a code they could not know).
 */
final class PlaybackCalls {

    static final Map<String, List<Integer>> ROWS = new LinkedHashMap<>();
    static final Map<String, BiFunction<String, RequestSpecification, Integer>> CALLS = new LinkedHashMap<>();

    static {
        ROWS.put("POST /api/cases/{caseId}/messages/{id}/files/{fileId}/playback", List.of(401, 201, 404, 403, 403, 403, 403, 403, 403));
        ROWS.put("GET /api/playback/{code}", List.of(206, 206, 404, 404, 404, 404, 404, 404, 404));

        CALLS.put("POST /api/cases/{caseId}/messages/{id}/files/{fileId}/playback", (who, s) -> s.post(video()).statusCode());
        CALLS.put("GET /api/playback/{code}", (who, s) -> {
            String url = Callers.coordinator().post(video()).then().statusCode(201).extract().path("url");
            return s.accept("*/*").header("Range", "bytes=0-9").get(url).statusCode();
        });
    }

    /** A video message with its file in a case of mediator2's: the address to ask a grant for it. */
    private static String video() {
        Cases.OpenedCase c = Cases.inDialogue("mediator2");
        String id = Callers.coordinator().body(Map.of("kind", "VIDEO_MESSAGE", "authorId", c.offenderId(), "recipientId", c.harmedPersonId()))
                .post("/api/cases/" + c.id() + "/messages").then().statusCode(201).extract().path("id");
        byte[] mp4 = new byte[1000];
        System.arraycopy("ftypisom".getBytes(StandardCharsets.US_ASCII), 0, mp4, 4, 8);
        String fileId = Callers.coordinator().contentType("application/octet-stream").body(mp4)
                .post("/api/cases/" + c.id() + "/messages/" + id + "/uploads/original").then().statusCode(200).extract().path("originalFile.id");
        return "/api/cases/" + c.id() + "/messages/" + id + "/files/" + fileId + "/playback";
    }

    private PlaybackCalls() {
    }
}
