package ro.relay.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored file: read it at /api/cases/{caseId}/messages/{messageId}/files/{id} (byte ranges supported)")
public record FileView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 40) String contentType,
        @Schema(required = true) long sizeBytes,
        @Schema(required = true, maxLength = 64) String sha256) {
}
