package ro.referral.service;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "The coordinators' queue, oldest first, with the number of referrals in each state")
public record ReferralQueuePage(
        @Schema(required = true, maxItems = 100) List<ReferralSummary> items,
        @JsonUnwrapped Paging paging,
        @Schema(required = true, description = "Referrals per state, over the whole queue (filters other than state applied)") Map<String, Long> countsByState) {
}
