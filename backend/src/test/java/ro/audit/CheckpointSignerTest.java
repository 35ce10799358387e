package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CheckpointSignerTest {

    /** The development key of %dev and %test, and the public key the JDK generated with it. */
    private static final String DEV_KEY = "MC4CAQAwBQYDK2VwBCIEINDRFHhidTKfLVTI4D3t7qZMBMsp9HpeV5MjqXBvbD2s";
    private static final String DEV_PUBLIC_KEY = "MCowBQYDK2VwAyEAqT80HzeTqEnULEpRsflkSOWjuKx+g7E5Kox+qO5FKUg=";

    @Test
    void the_public_key_is_derived_from_the_private_key_alone_and_checks_its_signatures() {
        CheckpointSigner signer = new CheckpointSigner(Optional.of(DEV_KEY));
        assertThat(signer.publicKeyBase64()).isEqualTo(DEV_PUBLIC_KEY);
        assertThat(signer.keyId()).hasSize(16);
        String signature = signer.sign("ro-audit-checkpoint|1|2026-11-30T09:00:00Z|10|12|" + "a".repeat(64));
        assertThat(signer.verifies("ro-audit-checkpoint|1|2026-11-30T09:00:00Z|10|12|" + "a".repeat(64), signature)).isTrue();
        assertThat(signer.verifies("ro-audit-checkpoint|1|2026-11-30T09:00:00Z|9|12|" + "a".repeat(64), signature)).isFalse();
        assertThat(signer.verifies("anything", "not base64!")).isFalse();
    }

    @Test
    void without_a_key_nothing_is_signed_and_nothing_verifies() {
        CheckpointSigner signer = new CheckpointSigner(Optional.empty());
        assertThat(signer.signs()).isFalse();
        assertThat(signer.publicKeyBase64()).isNull();
        assertThat(signer.verifies("anything", "c2lnbmF0dXJl")).isFalse();
    }

    @Test
    void a_key_that_is_not_an_ed25519_pkcs8_key_stops_the_start() {
        assertThatThrownBy(() -> new CheckpointSigner(Optional.of("bm90IGEga2V5"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ro.audit.signing-key");
    }
}
