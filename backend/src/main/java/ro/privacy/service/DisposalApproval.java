package ro.privacy.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The records a coordinator approves for disposal: all are disposed of, or none")
public record DisposalApproval(@NotNull @Size(min = 1, max = 100) @Schema(required = true, minItems = 1, maxItems = 100)
        List<@NotNull @Valid RecordRef> records) {
}
