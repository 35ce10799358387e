package ro.events.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import ro.rules.Invalid;

/** Signing as Standard Webhooks says, the backoff, and where a webhook may point: plain JUnit. */
class WebhookSignatureTest {

    @Test
    void the_signature_matches_the_standard_webhooks_reference_vector() {
        // the example of the Standard Webhooks specification and its reference libraries
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void a_changed_body_id_timestamp_or_secret_changes_the_signature() {
        String secret = WebhookSignature.newSecret();
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.sign(secret, "id", 10, body);
        assertThat(WebhookSignature.sign(secret, "id", 10, "{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "id2", 10, body)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "id", 11, body)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(WebhookSignature.newSecret(), "id", 10, body)).isNotEqualTo(signed);
        assertThatThrownBy(() -> WebhookSignature.sign("not-a-secret", "id", 10, body)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_secret_is_whsec_and_the_base64_of_32_random_bytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void the_backoff_doubles_from_base_up_to_the_cap_with_full_jitter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofMinutes(5));
        // full jitter: anywhere between zero and the ceiling, as the random source says
        assertThat(backoff.next(3, bound -> bound)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.next(3, bound -> 0)).isZero();
        assertThat(backoff.next(3, bound -> bound / 2)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void an_endpoint_is_https_without_credentials_nor_fragment_and_public_unless_http_is_allowed() {
        assertThat(WebhookAddresses.registrable(" https://receiver.example.org/hooks?x=1 ", false))
                .hasToString("https://receiver.example.org/hooks?x=1");
        assertRefused("http://receiver.example.org/hooks", false, "Https");
        assertThat(WebhookAddresses.registrable("http://127.0.0.1:8080/hooks", true)).hasHost("127.0.0.1");
        assertRefused("https://user:pass@receiver.example.org/hooks", true, "NoCredentials");
        assertRefused("https://receiver.example.org/hooks#frag", true, "NoFragment");
        assertRefused("ftp://receiver.example.org/", true, "Https");
        assertRefused("receiver.example.org/hooks", true, "Url");
        assertRefused("https://127.0.0.1/hooks", false, "PublicAddress");
        assertRefused("https://169.254.169.254/latest/meta-data", false, "PublicAddress");
        assertRefused("https://[::1]/hooks", false, "PublicAddress");
        assertRefused("https://10.1.2.3/hooks", false, "PublicAddress");
    }

    @Test
    void loopback_link_local_private_and_unique_local_addresses_are_internal() throws Exception {
        for (String internal : new String[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "::1", "fe80::1", "fd00::1", "224.0.0.1" }) {
            assertThat(WebhookAddresses.internal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[] { "8.8.8.8", "142.250.1.1", "2001:4860:4860::8888" }) {
            assertThat(WebhookAddresses.internal(InetAddress.getByName(external))).as(external).isFalse();
        }
        // at delivery, a name is resolved each time: localhost is refused unless http is allowed
        assertThat(WebhookAddresses.refusal(java.net.URI.create("https://localhost/hooks"), false)).isPresent();
        assertThat(WebhookAddresses.refusal(java.net.URI.create("http://localhost/hooks"), true)).isEmpty();
    }

    @Test
    void an_error_kept_is_one_line_of_a_few_hundred_characters() {
        String kept = Dispatcher.shortened("HTTP 500: line\none\u0000" + "x".repeat(1000));
        assertThat(kept).hasSizeLessThanOrEqualTo(Dispatcher.ERROR_CHARS).startsWith("HTTP 500: line one ").doesNotContain("\n", "\u0000");
    }

    private static void assertRefused(String url, boolean allowHttp, String rule) {
        assertThatThrownBy(() -> WebhookAddresses.registrable(url, allowHttp)).as(url).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.breaches()).singleElement().satisfies(b -> {
                    assertThat(b.field()).isEqualTo("url");
                    assertThat(b.rule()).isEqualTo(rule);
                }));
    }
}
