package ro.casefile.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.OfficialLanguage;

@Schema(description = "A mediator's roster entry; the user name is the one they sign in with")
public record MediatorEntry(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9._@-]{1,100}$") @Schema(required = true, maxLength = 100, pattern = "^[A-Za-z0-9._@-]{1,100}$") String username,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String displayName,
        @NotNull @Size(min = 1, max = 2) @Schema(required = true, minItems = 1, maxItems = 2, uniqueItems = true, description = "The official languages they mediate in") List<@NotNull OfficialLanguage> languages,
        @Size(max = 100) @Schema(maxLength = 100, description = "The region as text; needed unless `regionId` is given") String region,
        @NotNull @Schema(required = true) Boolean active,
        @Schema(description = "The region, chosen from the active ones: sets `region` to its English name") java.util.UUID regionId) {
}
