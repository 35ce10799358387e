package ro.cluster;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import ro.testing.Tokens;

/**
 * Access tokens for a run longer than a token lives (the realm's 15 minutes): like {@link Tokens}, from the tests'
 * Keycloak, but fetched again once they are a few minutes old.
 */
final class FreshTokens {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private record Held(String token, long fetchedAt) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /** A demo user's token (password grant), or the integration's ({@code "integration"}: client credentials). */
    String of(String user) {
        return held.compute(user, (u, h) -> h != null && System.nanoTime() - h.fetchedAt() < KEPT.toNanos() ? h
                : new Held(fetch(u), System.nanoTime())).token();
    }

    /** A JSON request as this user to this API. */
    RequestSpecification as(String user, String api) {
        return given().baseUri(api).auth().oauth2(of(user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String fetch(String user) {
        Map<String, String> form = user.equals("integration")
                ? Map.of("grant_type", "client_credentials", "client_id", "ro-integration", "client_secret", "ro-integration-dev-secret")
                : Map.of("grant_type", "password", "client_id", "ro-tests", "username", user, "password", user);
        return given().baseUri(Tokens.keycloak()).contentType(ContentType.URLENC).formParams(form)
                .post("/realms/ro/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
