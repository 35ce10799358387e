package ro.referral.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "The caller's own referrals, newest first")
public record SubmittedReferralPage(
        @Schema(required = true, maxItems = 100) List<SubmittedReferralView> items,
        @JsonUnwrapped Paging paging) {
}
