package ro.referral.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A referral as the staff member or system that made it sees it: the offender, the state and the dates. Nothing of the harmed people, the assessments or the notes; a referral kept on file shows as SUBMITTED.")
public record SubmittedReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 12) String offenderNumber,
        @Schema(required = true, maxLength = 100) String offenderFirstName,
        @Schema(required = true, maxLength = 100) String offenderLastName,
        @Schema(maxLength = 100, required = true) String referringStaff,
        @Schema(required = true, enumeration = { "SUBMITTED", "UNDER_ASSESSMENT", "ACCEPTED", "DECLINED", "WITHDRAWN" }, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) String state,
        @Schema(required = true) Instant submittedAt,
        @Schema(nullable = true) Instant decidedAt) {
}
