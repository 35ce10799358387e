package ro.referral.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's own referrals, newest first")
public record SubmittedReferralPage(
        @Schema(required = true, maxItems = 100) List<SubmittedReferralView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
