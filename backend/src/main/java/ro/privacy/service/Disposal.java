package ro.privacy.service;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one approval disposed of")
public record Disposal(@Schema(required = true) Instant disposedAt, @Schema(required = true, maxItems = 100) List<DisposedRecord> disposed) {
}
