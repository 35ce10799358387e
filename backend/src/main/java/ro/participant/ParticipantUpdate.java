package ro.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new state of a participant's record (the kind cannot change)")
public record ParticipantUpdate(
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100) String firstName,
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100) String lastName,
        @NotNull @Schema(required = true) OfficialLanguage preferredLanguage,
        @Pattern(regexp = "^[A-Z0-9]{3,12}$") @Schema(maxLength = 12, pattern = "^[A-Z0-9]{3,12}$") String offenderNumber,
        @Size(max = 120) @Schema(maxLength = 120) String institution,
        @Valid ContactDetails contact,
        @Schema(description = "The offender's institution, chosen from the active ones (sets `institution` to its English name)") java.util.UUID institutionId) {

    Participant.Identity identity() {
        return new Participant.Identity(firstName.strip(), lastName.strip(), preferredLanguage, offenderNumber,
                ro.rules.Text.blankToNull(institution), institutionId);
    }
}
