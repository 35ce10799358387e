package ro.casefile.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A mediator on the roster")
public record MediatorView(
        @Schema(required = true, maxLength = 100) String username,
        @Schema(required = true, maxLength = 200) String displayName,
        @Schema(required = true, enumeration = { "EN", "FR", "EN,FR" }, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) String languages,
        @Schema(required = true, maxLength = 100) String region,
        @Schema(required = true) boolean active,
        @Schema(nullable = true, description = "The region chosen from the list; `region` is its English name") java.util.UUID regionId,
        @Schema(required = true) long version) {
}
