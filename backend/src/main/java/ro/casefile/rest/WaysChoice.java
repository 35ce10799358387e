package ro.casefile.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import ro.casefile.model.Way;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The ways of communicating chosen for the case from now on")
public record WaysChoice(
        @NotNull @Size(max = 4) @Schema(required = true, maxItems = 4) Set<@NotNull Way> ways) {
}
