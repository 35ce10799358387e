package ro.referral.service;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The coordinators' queue, oldest first, with the number of referrals in each state")
public record ReferralQueuePage(
        @Schema(required = true, maxItems = 100) List<ReferralSummary> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Referrals per state, over the whole queue (filters other than state applied)") Map<String, Long> countsByState) {
}
