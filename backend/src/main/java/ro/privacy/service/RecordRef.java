package ro.privacy.service;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.DisposableKind;

@Schema(description = "One record, by type and id")
public record RecordRef(@NotNull @Schema(required = true) DisposableKind recordType, @NotNull @Schema(required = true) UUID recordId) {
}
