package ro.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signs the checkpoints of the audit chain with the Ed25519 key of {@code ro.audit.signing-key}
 * (RO_AUDIT_SIGNING_KEY: the private key, base64 PKCS#8 as {@code openssl genpkey -algorithm ed25519}
 * writes it between the PEM lines) and checks them with its public key, which is derived from it and
 * listed to the auditor, so a copy of the checkpoints outside the database can be checked without the API.
 * Without a key the sealer still seals, but writes no checkpoints (a warning says so at start).
 */
@Singleton
public class CheckpointSigner {

    private static final Logger LOG = Logger.getLogger(CheckpointSigner.class);
    static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    @Inject
    CheckpointSigner(@ConfigProperty(name = "ro.audit.signing-key") Optional<String> key) {
        KeyPair pair = key.filter(k -> !k.isBlank()).map(CheckpointSigner::pair).orElse(null);
        this.privateKey = pair == null ? null : pair.getPrivate();
        this.publicKey = pair == null ? null : pair.getPublic();
        if (pair == null) {
            LOG.warn("No ro.audit.signing-key (RO_AUDIT_SIGNING_KEY): the audit chain is sealed but no checkpoint is signed");
        } else {
            LOG.infof("Audit checkpoints are signed with Ed25519 key %s, public key (X.509, base64) %s", keyId(), publicKeyBase64());
        }
    }

    boolean signs() {
        return privateKey != null;
    }

    /** The public key, base64 X.509 (SubjectPublicKeyInfo), or null without a key. */
    String publicKeyBase64() {
        return publicKey == null ? null : Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The first 16 hex digits of the SHA-256 of the public key, or null without a key. */
    String keyId() {
        if (publicKey == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    /** Whether the signature is this key's over the text; false for anything unreadable. */
    boolean verifies(String text, String base64Signature) {
        if (publicKey == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The key pair of a private key. The JDK has no call for an EdDSA public key from its private key,
     * but its generator derives the public key from 32 random bytes, which here are the private key's.
     */
    private static KeyPair pair(String base64) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64.strip())));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new Seed(seed));
            KeyPair pair = generator.generateKeyPair();
            Signature probe = Signature.getInstance(ALGORITHM);
            probe.initSign(key);
            probe.update(seed);
            byte[] signed = probe.sign();
            probe.initVerify(pair.getPublic());
            probe.update(seed);
            if (!probe.verify(signed)) {
                throw new IllegalStateException("ro.audit.signing-key: its public key could not be derived");
            }
            return new KeyPair(pair.getPublic(), key);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("ro.audit.signing-key is not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** Gives the generator the private key's bytes as its "random" bytes. */
    private static final class Seed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient byte[] bytes;

        Seed(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            System.arraycopy(bytes, 0, out, 0, Math.min(bytes.length, out.length));
        }
    }
}
