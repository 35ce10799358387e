package ro.work;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of one work queue, in the order the work should be done")
public record WorkPage(
        @Schema(required = true) WorkQueueName queue,
        @Schema(required = true, maxItems = 100) List<WorkItemView> items,
        @JsonUnwrapped Paging paging) {
}
