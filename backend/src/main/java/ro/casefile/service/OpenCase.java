package ro.casefile.service;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A case to open from accepted referrals, with one or two mediators")
public record OpenCase(
        @NotEmpty @Size(max = 20) @Schema(required = true, maxItems = 20, description = "ACCEPTED referrals about one offender: at least one harmed person and the offender") List<@NotNull UUID> referralIds,
        @NotNull @Size(min = 1, max = 2) @Schema(required = true, minItems = 1, maxItems = 2, description = "User names of one or two mediators on the roster") List<@NotNull @Size(max = 100) String> mediators) {
}
