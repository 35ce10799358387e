package ro.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Makes participants for a test, each unique so no test depends on another's data. */
public final class Participants {

    private Participants() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String offenderNumber() {
        return "T" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
    }

    public static Map<String, Object> victim(String firstName, String lastName) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "VICTIM");
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("preferredLanguage", "FR");
        body.put("contact", Map.of("phone", "+1 613 555 0100", "email", "safe@example.org",
                "preferredMethod", "PHONE", "safeTimes", "Weekdays 9-11", "mayLeaveMessage", false));
        return body;
    }

    public static Map<String, Object> offender(String lastName, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "OFFENDER");
        body.put("firstName", "Marc");
        body.put("lastName", lastName);
        body.put("preferredLanguage", "EN");
        body.put("offenderNumber", number);
        body.put("institution", "Collins Bay Institution");
        return body;
    }

    /** Records a participant as coordinator1 and returns its id. */
    public static String create(Map<String, Object> body) {
        return Callers.coordinator().body(body).post("/api/participants").then().statusCode(201).extract().path("id");
    }
}
