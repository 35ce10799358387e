package ro.casefile.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The mediators of a case from now on (one or two)")
public record MediatorAssignment(
        @NotNull @Size(min = 1, max = 2) @Schema(required = true, minItems = 1, maxItems = 2) List<@NotNull @Size(max = 100) String> mediators) {
}
