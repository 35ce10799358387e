package ro.referral.service;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.referral.model.FederalSentence;
import ro.referral.model.VictimRegistration;

@Schema(description = "What is known of a referral's eligibility")
public record Eligibility(
        @NotNull @Schema(required = true, description = "Did the harm come from an offence that led to a federal sentence?") FederalSentence federalSentence,
        @Schema(nullable = true, description = "A harmed person's request only: registered victim, representative or not registered (unchanged when absent)") VictimRegistration victimRegistration) {
}
