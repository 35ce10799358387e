package ro.privacy.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.DisposableKind;

@Schema(description = "A record disposed of: what went with it, counted")
public record DisposedRecord(
        @Schema(required = true) DisposableKind recordType,
        @Schema(required = true) UUID recordId,
        @Schema(required = true, description = "Referrals disposed of with it (a case's)") int referrals,
        @Schema(required = true, description = "People erased: nothing else named them") int peopleErased,
        @Schema(required = true, description = "People kept because another record names them; only their link to this one went") int peopleUnlinked,
        @Schema(required = true, description = "Files removed from storage") int files) {
}
