package ro.notifications;

import static ro.testing.Callers.as;

import java.util.List;
import java.util.Map;

/** Saving a demo user's notice settings through the API, as the portal does. */
final class Notices {

    private Notices() {
    }

    static Map<String, Object> settings(boolean email, List<String> kinds, String frequency, String language) {
        return Map.of("emailEnabled", email, "kinds", kinds, "frequency", frequency, "language", language);
    }

    /** The user's current ETag. */
    static String etag(String who) {
        return as(who).get("/api/me/notifications").then().statusCode(200).extract().header("ETag");
    }

    /** Saves the user's settings over whatever they were. */
    static void choose(String who, boolean email, List<String> kinds, String frequency, String language) {
        as(who).header("If-Match", etag(who)).body(settings(email, kinds, frequency, language)).put("/api/me/notifications")
                .then().statusCode(200);
    }
}
