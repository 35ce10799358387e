package ro.reference.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.reference.model.Institution;

@Schema(description = "An institution of the Correctional Service")
public record InstitutionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 20) String code,
        @Schema(required = true, maxLength = 120) String nameEn,
        @Schema(required = true, maxLength = 120) String nameFr,
        @Schema(required = true) UUID regionId,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Changes with every update; also the ETag") long version) {

    static InstitutionView of(Institution i) {
        return new InstitutionView(i.id, i.code, i.nameEn, i.nameFr, i.regionId, i.active, i.version);
    }
}
