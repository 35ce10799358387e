package ro.casefile.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of cases, newest first")
public record CasePage(
        @Schema(required = true, maxItems = 100) List<CaseSummary> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
