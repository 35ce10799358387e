package ro.reference.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.reference.model.Region;

@Schema(description = "A region of the Correctional Service")
public record RegionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 20) String code,
        @Schema(required = true, maxLength = 120) String nameEn,
        @Schema(required = true, maxLength = 120) String nameFr,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Changes with every update; also the ETag") long version) {

    static RegionView of(Region r) {
        return new RegionView(r.id, r.code, r.nameEn, r.nameFr, r.active, r.version);
    }
}
