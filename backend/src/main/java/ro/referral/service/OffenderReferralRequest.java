package ro.referral.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.participant.OfficialLanguage;

@Schema(description = "An offender's referral by a correctional staff member who supports their participation. The referring staff member is the caller (or, for an integrated system, `onBehalfOf`).")
public record OffenderReferralRequest(
        @NotNull @Pattern(regexp = "^[A-Z0-9]{3,12}$") @Schema(required = true, maxLength = 12, pattern = "^[A-Z0-9]{3,12}$") String offenderNumber,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "Always needed, whether or not the program knows the offender; the referrer is shown back only what they gave", maxLength = 100) String offenderFirstName,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "Always needed, whether or not the program knows the offender", maxLength = 100) String offenderLastName,
        @NotNull @Schema(required = true, description = "Always needed; used when the program does not know the offender yet") OfficialLanguage offenderPreferredLanguage,
        @Size(max = 120) @Schema(description = "The offender's institution as text; needed unless `institutionId` is given", maxLength = 120) String institution,
        @NotNull @AssertTrue @Schema(required = true, description = "I support this offender's participation") Boolean staffSupportsParticipation,
        @NotNull @AssertTrue @Schema(required = true, description = "The offender has taken responsibility for their actions") Boolean offenderTakesResponsibility,
        @Size(max = 4000) @Schema(description = "Why the referral is made", maxLength = 4000) String reasons,
        @Size(max = 4000) @Schema(description = "Any safety concern", maxLength = 4000) String safetyConcerns,
        @Size(max = 2000) @Schema(description = "Any no-contact condition toward a harmed person: its terms", maxLength = 2000) String noContactCondition,
        @Pattern(regexp = "^[A-Za-z0-9._@-]{1,100}$") @Schema(description = "Integrated systems only: the user name of the staff member the referral is made for", maxLength = 100) String onBehalfOf,
        @Schema(description = "The offender's institution, chosen from the active ones (GET /api/institutions): sets `institution` to its English name and the referral's region to its region") UUID institutionId,
        @Schema(description = "Eligibility: did the harm come from an offence that led to a federal sentence? Not given: UNKNOWN") ro.referral.model.FederalSentence federalSentence) {

    /** The same referral for the staff member as the realm spells their user name. */
    public OffenderReferralRequest withOnBehalfOf(String staffMember) {
        return new OffenderReferralRequest(offenderNumber, offenderFirstName, offenderLastName, offenderPreferredLanguage,
                institution, staffSupportsParticipation, offenderTakesResponsibility, reasons, safetyConcerns,
                noContactCondition, staffMember, institutionId, federalSentence);
    }

    /**
     * What the Idempotency-Key is held to: every field of the referral, the staff member it is made for
     * included, in a canonical text (each value with its length, so no two bodies read the same), hashed.
     */
    public String fingerprint() {
        String canonical = canonical(offenderNumber, offenderFirstName, offenderLastName, offenderPreferredLanguage,
                institution, staffSupportsParticipation, offenderTakesResponsibility, reasons, safetyConcerns,
                noContactCondition, onBehalfOf) + (institutionId == null ? "" : "institutionId=" + institutionId + ";")
                + (federalSentence == null ? "" : "federalSentence=" + federalSentence + ";");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            String value = field == null ? null : field.toString();
            text.append(value == null ? "-" : value.length() + ":" + value).append(';');
        }
        return text.toString();
    }
}
