package ro.referral.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A harmed person's request and an offender's referral about the same offender, with both people's names (coordinators)")
public record ReferralMatchView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID harmedPersonReferralId,
        @Schema(required = true) UUID offenderReferralId,
        @Schema(required = true, maxLength = 12) String offenderNumber,
        @Schema(nullable = true, maxLength = 201, description = "The harmed person's first and last name") String harmedPersonName,
        @Schema(nullable = true, maxLength = 201, description = "The offender's first and last name, when the program knows them") String offenderName,
        @Schema(required = true) Instant matchedAt) {
}
