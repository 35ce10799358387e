package ro.relay.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.relay.service.ReviewQueue;
import ro.relay.service.ReviewItem;
import ro.security.Roles;
import ro.web.PageRequest;

@Path("/api/messages/review-queue")
@Tag(name = "Message relay")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class ReviewQueueResource {

    @Inject
    ReviewQueue queue;

    @GET
    @Operation(summary = "Messages waiting for screening across the caller's cases, oldest first")
    @APIResponse(responseCode = "200", description = "The queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewItem.class, maxItems = 100)))
    public List<ReviewItem> listReviewQueue(@Valid @BeanParam PageRequest paging) {
        return queue.page(paging.page(), paging.size());
    }
}
