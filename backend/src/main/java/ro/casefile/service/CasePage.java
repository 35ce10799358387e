package ro.casefile.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of cases, newest first")
public record CasePage(
        @Schema(required = true, maxItems = 100) List<CaseSummary> items,
        @JsonUnwrapped Paging paging) {
}
