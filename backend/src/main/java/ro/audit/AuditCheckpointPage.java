package ro.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed checkpoints of the audit chain, newest first, with the key that checks them")
public record AuditCheckpointPage(
        @Schema(maxItems = 100) List<AuditCheckpoint> items,
        @Schema(description = "Checkpoints in all") long total,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Signature algorithm", maxLength = 20) String algorithm,
        @Schema(description = "The public key that checks the signatures (X.509 SubjectPublicKeyInfo, base64); none when no"
                + " signing key is configured", maxLength = 200, nullable = true) String publicKey,
        @Schema(description = "Its id, as in each checkpoint's keyId", maxLength = 64, nullable = true) String keyId) {
}
