package ro.casefile.service;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.Side;
import ro.participant.NewParticipant;

@Schema(description = "A person who joins the open case later (coordinator): a support person, or a victim or family member who came forward after it opened. Never an offender: the offender comes only through a staff referral")
public record NewCaseParticipant(
        @Schema(description = "An existing participant; give this or `newParticipant`") UUID participantId,
        @Valid @Schema(description = "The person, recorded in the same call; give this or `participantId`") NewParticipant newParticipant,
        @NotNull @Schema(required = true, description = "A victim or family member joins the harmed side; a support person the side of the person they support") Side side,
        @Schema(description = "For a support person (and only then): the active participant of the case, on the same side, they support") UUID supports) {
}
