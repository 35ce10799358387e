package ro.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;

/** Real access tokens from the real Keycloak (realm ro): users by password grant, the integration client by client credentials. */
public final class Tokens {

    private static final String KEYCLOAK = System.getProperty("ro.test.keycloak-url",
            System.getenv().getOrDefault("RO_TEST_KEYCLOAK_URL", "http://localhost:8181"));
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** The Keycloak the tests get their tokens from. */
    public static String keycloak() {
        return KEYCLOAK;
    }

    /** A demo user's token; every demo user's password is its user name. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> fetch(Map.of("grant_type", "password", "client_id", "ro-tests",
                "username", u, "password", u)));
    }

    public static String integration() {
        return client("ro-integration");
    }

    /** Another integration (ro-integration-2): what one integration submits, the other never learns of. */
    public static String secondIntegration() {
        return client("ro-integration-2");
    }

    private static String client(String clientId) {
        return CACHE.computeIfAbsent("client:" + clientId, u -> fetch(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", clientId + "-dev-secret")));
    }

    private static String fetch(Map<String, String> form) {
        return given().baseUri(KEYCLOAK).contentType(ContentType.URLENC).formParams(form)
                .when().post("/realms/ro/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
