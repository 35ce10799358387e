package ro.referral.service;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Total;

@Schema(description = "The coordinators' queue, oldest first, with the number of referrals in each state")
public record ReferralQueuePage(
        @Schema(required = true, maxItems = 100) List<ReferralSummary> items,
        @Schema(required = true, description = Total.TOTAL) long total,
        @Schema(required = true, description = Total.IS_EXACT) boolean totalIsExact,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(nullable = true, description = Total.NEXT) String next,
        @Schema(required = true, description = "Referrals per state, over the whole queue (filters other than state applied)") Map<String, Long> countsByState) {
}
