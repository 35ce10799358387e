package ro.privacy.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of correction requests, open ones first, oldest first, then by id")
public record CorrectionPage(
        @Schema(required = true, maxItems = 100) List<CorrectionView> items,
        @JsonUnwrapped Paging paging) {
}
