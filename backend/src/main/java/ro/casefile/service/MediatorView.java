package ro.casefile.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.OfficialLanguage;

@Schema(description = "A mediator on the roster")
public record MediatorView(
        @Schema(required = true, maxLength = 100) String username,
        @Schema(required = true, maxLength = 200) String displayName,
        @Schema(required = true, minItems = 1, maxItems = 2, uniqueItems = true, description = "The official languages they mediate in, EN before FR") List<OfficialLanguage> languages,
        @Schema(required = true, maxLength = 100) String region,
        @Schema(required = true) boolean active,
        @Schema(nullable = true, description = "The region chosen from the list; `region` is its English name") java.util.UUID regionId,
        @Schema(required = true) long version) {
}
