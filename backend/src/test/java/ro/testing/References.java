package ro.testing;

import static ro.testing.Callers.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Makes regions and institutions for a test, as admin1, each with its own code. */
public final class References {

    /** The seeded Ontario region and its Collins Bay Institution (V11). */
    public static final String ONTARIO = "5e0a0000-0000-4000-8000-000000000003";
    public static final String COLLINS_BAY = "1a5e0000-0000-4000-8000-000000000009";

    private References() {
    }

    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, Object> region(String code) {
        return new HashMap<>(Map.of("code", code, "nameEn", "Region " + code, "nameFr", "Région " + code));
    }

    public static Map<String, Object> institution(String code, String regionId) {
        return new HashMap<>(Map.of("code", code, "nameEn", "Institution " + code, "nameFr", "Établissement " + code,
                "regionId", regionId));
    }

    /** A new active region; returns its id. */
    public static String newRegion() {
        return as("admin1").body(region(code("R"))).post("/api/regions").then().statusCode(201).extract().path("id");
    }

    /** A new active institution in a new region; returns its id. */
    public static String newInstitution() {
        return newInstitution(newRegion());
    }

    public static String newInstitution(String regionId) {
        return as("admin1").body(institution(code("I"), regionId)).post("/api/institutions").then().statusCode(201).extract().path("id");
    }

    /** A region no longer active (it has no institution); returns its id. */
    public static String inactiveRegion() {
        String id = newRegion();
        as("admin1").header("If-Match", "\"0\"").body(Map.of("nameEn", "Closed", "nameFr", "Fermée", "active", false))
                .put("/api/regions/" + id).then().statusCode(200);
        return id;
    }

    /** An institution no longer active, in an active region; returns its id. */
    public static String inactiveInstitution() {
        String region = newRegion();
        String id = newInstitution(region);
        as("admin1").header("If-Match", "\"0\"").body(Map.of("nameEn", "Closed", "nameFr", "Fermé", "regionId", region, "active", false))
                .put("/api/institutions/" + id).then().statusCode(200);
        return id;
    }
}
