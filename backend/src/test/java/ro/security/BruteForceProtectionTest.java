package ro.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ro.testing.Tokens;

/**
 * Keycloak locks an account for a while after 10 wrong passwords (realm-ro.json). Only the dedicated
 * user lockout-probe (no roles) is ever locked: the other demo users are the rest of the suite's callers.
 * Needs a Keycloak started from this realm; the lockout lasts a minute, so a re-run waits that long.
 */
class BruteForceProtectionTest {

    private static final String PROBE = "lockout-probe";

    @Test
    void after_eleven_wrong_passwords_the_right_one_is_refused_for_a_while() throws InterruptedException {
        assertThat(grant(PROBE).statusCode()).as("the probe logs in before the attack").isEqualTo(200);

        for (int i = 0; i < 11; i++) {
            Response wrong = grant("wrong-" + i);
            assertThat(wrong.statusCode()).isIn(400, 401);
            assertThat(wrong.jsonPath().getString("error")).isEqualTo("invalid_grant");
            Thread.sleep(1100); // slower than the quick-login check: it is the failure count that locks
        }

        Response rightPassword = grant(PROBE);
        assertThat(rightPassword.statusCode()).isIn(400, 401);
        assertThat(rightPassword.jsonPath().getString("error")).isEqualTo("invalid_grant");
        assertThat(rightPassword.jsonPath().getString("access_token")).isNull();
        assertThat(Tokens.of("norole1")).as("another account is not locked").isNotBlank();
    }

    private static Response grant(String password) {
        return given().baseUri(Tokens.keycloak()).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "ro-tests", "username", PROBE, "password", password))
                .post("/realms/ro/protocol/openid-connect/token");
    }
}
