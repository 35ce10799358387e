package ro.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A participant to record")
public record NewParticipant(
        @NotNull @Schema(required = true) ParticipantKind kind,
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100) String firstName,
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100) String lastName,
        @NotNull @Schema(required = true, description = "The official language they are served in") OfficialLanguage preferredLanguage,
        @Pattern(regexp = "^[A-Z0-9]{3,12}$") @Schema(description = "Required, and unique, for offenders; refused for anyone else", maxLength = 12, pattern = "^[A-Z0-9]{3,12}$") String offenderNumber,
        @Size(max = 120) @Schema(description = "The offender's institution; refused for anyone else", maxLength = 120) String institution,
        @Valid @Schema(description = "Refused for offenders") ContactDetails contact,
        @Schema(description = "The offender's institution, chosen from the active ones (sets `institution` to its English name); refused for anyone else") java.util.UUID institutionId) {

    Participant.Identity identity() {
        return new Participant.Identity(firstName.strip(), lastName.strip(), preferredLanguage, offenderNumber,
                ro.rules.Text.blankToNull(institution), institutionId);
    }
}
