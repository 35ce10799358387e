package ro.work;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How much waits in one of the caller's queues")
public record WorkQueueCount(
        @Schema(required = true) WorkQueueName queue,
        @Schema(required = true, description = "The realm role the queue is for") String role,
        @Schema(required = true) long count) {
}
