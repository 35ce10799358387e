package ro.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of the audit trail, newest first")
public record AuditEntryPage(
        @Schema(maxItems = 100) List<AuditEntryView> items,
        @JsonUnwrapped Paging paging) {
}
