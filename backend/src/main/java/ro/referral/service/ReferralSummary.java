package ro.referral.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.referral.model.Channel;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;

@Schema(description = "A referral in the coordinators' queue")
public record ReferralSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) ReferralSource source,
        @Schema(required = true) ReferralState state,
        @Schema(maxLength = 12, nullable = true) String offenderNumber,
        @Schema(maxLength = 201, nullable = true) String offenderName,
        @Schema(maxLength = 201, nullable = true) String harmedPersonName,
        @Schema(nullable = true) Channel channel,
        @Schema(required = true) boolean noContactReviewPending,
        @Schema(nullable = true, description = "The open referral of the same offender this one repeats") UUID duplicateOf,
        @Schema(required = true) Instant createdAt) {

    public ReferralSummary(UUID id, ReferralSource source, ReferralState state, String offenderNumber, String offenderFirst,
            String offenderLast, String harmedFirst, String harmedLast, Channel channel, String noContact,
            Instant reviewedAt, UUID duplicateOf, Instant createdAt) {
        this(id, source, state, offenderNumber, name(offenderFirst, offenderLast), name(harmedFirst, harmedLast), channel,
                noContact != null && reviewedAt == null, duplicateOf, createdAt);
    }

    private static String name(String first, String last) {
        return first == null ? null : first + " " + last;
    }
}
