package ro.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of the audit trail, newest first")
public record AuditEntryPage(
        @Schema(maxItems = 100) List<AuditEntryView> items,
        @Schema(description = "Entries matching in all") long total,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size") int size) {
}
