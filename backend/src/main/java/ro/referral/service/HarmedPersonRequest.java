package ro.referral.service;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.NewParticipant;
import ro.referral.model.Channel;
import ro.referral.model.FederalSentence;
import ro.referral.model.VictimRegistration;

@Schema(description = "A harmed person's request, as a coordinator records it: the person (existing, or new in the same call), the channel it came through, and the offender they ask about when known")
public record HarmedPersonRequest(
        @Schema(description = "An existing victim or family member; give this or `newParticipant`") UUID participantId,
        @Valid @Schema(description = "The person, recorded in the same call; give this or `participantId`") NewParticipant newParticipant,
        @NotNull @Schema(required = true) Channel channel,
        @Pattern(regexp = "^[A-Z0-9]{3,12}$") @Schema(description = "The offender they ask about, when known", maxLength = 12, pattern = "^[A-Z0-9]{3,12}$") String offenderNumber,
        @NotNull @Schema(required = true) VictimRegistration victimRegistration,
        @Size(max = 4000) @Schema(maxLength = 4000) String notes,
        @Schema(description = "The region the request concerns, chosen from the active ones") UUID regionId,
        @Schema(description = "Eligibility: did the harm come from an offence that led to a federal sentence? Not given: UNKNOWN (the referral cannot be accepted until it is YES)") FederalSentence federalSentence,
        @Size(max = 100) @Schema(maxLength = 100, description = "The offender they ask about, by name, when the number is not known: a coordinator confirms the number later (PUT .../offender-number), and only then is the request matched") String offenderFirstName,
        @Size(max = 100) @Schema(maxLength = 100, description = "See offenderFirstName") String offenderLastName) {
}
