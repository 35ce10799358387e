package ro.referral.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Total;

@Schema(description = "The caller's own referrals, newest first")
public record SubmittedReferralPage(
        @Schema(required = true, maxItems = 100) List<SubmittedReferralView> items,
        @Schema(required = true, description = Total.TOTAL) long total,
        @Schema(required = true, description = Total.IS_EXACT) boolean totalIsExact,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(nullable = true, description = Total.NEXT) String next) {
}
