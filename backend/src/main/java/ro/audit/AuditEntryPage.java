package ro.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Total;

@Schema(description = "A page of the audit trail, newest first")
public record AuditEntryPage(
        @Schema(maxItems = 100) List<AuditEntryView> items,
        @Schema(description = Total.TOTAL) long total,
        @Schema(description = Total.IS_EXACT) boolean totalIsExact,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size") int size,
        @Schema(nullable = true, description = Total.NEXT) String next) {
}
