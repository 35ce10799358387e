package ro.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import ro.testing.CountingKeycloak;
import ro.testing.Tokens;

/**
 * A token that fails local verification is a 401 problem without any call to Keycloak: the API's
 * Keycloak is a counting proxy, and bad tokens of every kind leave its count where it was.
 */
@QuarkusTest
@TestProfile(LocalTokenVerificationTest.ThroughCountingProxy.class)
class LocalTokenVerificationTest {

    public static class ThroughCountingProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CountingKeycloak.class));
        }
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @ConfigProperty(name = CountingKeycloak.URL_PROPERTY)
    String proxy;

    private int calls() {
        return Integer.parseInt(given().baseUri(proxy).get("/__count").then().statusCode(200).extract().asString());
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String claims(String issuer, String audience) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"intruder\",\"iat\":" + now + ",\"exp\":" + (now + 600)
                + ",\"preferred_username\":\"coordinator1\",\"realm_access\":{\"roles\":[\"coordinator\",\"auditor\"]}}";
    }

    private static String rsaSigned(KeyPair key, String kid, String payload) throws Exception {
        String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(payload);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    private static String hmacSigned(String kid, String payload) throws Exception {
        String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(kid.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A real token from Keycloak for a client of this realm or another, password grant. */
    private static String realToken(String realm, String client, String user) {
        return given().baseUri(CountingKeycloak.KEYCLOAK).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", client, "username", user, "password", user))
                .post("/realms/" + realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static String realmKid() {
        List<Map<String, String>> keys = given().baseUri(CountingKeycloak.KEYCLOAK).get("/realms/ro/protocol/openid-connect/certs")
                .then().statusCode(200).extract().jsonPath().getList("keys");
        return keys.stream().filter(k -> "sig".equals(k.get("use")) && "RS256".equals(k.get("alg"))).findFirst().orElseThrow().get("kid");
    }

    private List<String> badTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rogue = generator.generateKeyPair();
        String issuer = CountingKeycloak.KEYCLOAK + "/realms/ro";
        String good = claims(issuer, "ro-api");
        String kid = realmKid();
        String wrongIssuer = realToken("master", "admin-cli", "admin");
        String wrongAudience = realToken("ro", "admin-cli", "coordinator1");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; tokens.size() < 100; i++) {
            tokens.add(switch (i % 10) {
                case 0 -> "garbage-" + i;
                case 1 -> b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(good) + ".";
                case 2 -> rsaSigned(rogue, "unknown-kid-" + i, good);
                case 3 -> rsaSigned(rogue, kid, good);
                case 4 -> hmacSigned(kid, good);
                case 5 -> wrongIssuer;
                case 6 -> wrongAudience;
                case 7 -> rsaSigned(rogue, "unknown-kid-" + i, claims("http://evil.example/realms/ro", "ro-api"));
                case 8 -> b64("{\"alg\":\"RS256\",\"kid\":\"x" + i + "\"}") + "." + b64(good) + "." + B64.encodeToString(new byte[256]);
                default -> wrongAudience.substring(0, wrongAudience.lastIndexOf('.')) + ".c2lnbmF0dXJl";
            });
        }
        return tokens;
    }

    @Test
    void a_hundred_bad_tokens_are_each_a_401_problem_and_keycloak_is_never_called() throws Exception {
        List<String> tokens = badTokens();
        int before = calls();
        for (String token : tokens) {
            Response response = given().auth().oauth2(token).accept(ContentType.JSON).get("/api/participants");
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/unauthenticated");
        }
        assertThat(calls()).as("requests to Keycloak during 100 bad tokens").isEqualTo(before);
    }

    @Test
    void a_good_token_still_works_through_the_same_setup_without_calling_keycloak() {
        String token = Tokens.of("coordinator1");
        int before = calls();
        given().auth().oauth2(token).accept(ContentType.JSON).get("/api/participants").then().statusCode(200);
        assertThat(calls()).isEqualTo(before);
    }
}
