package ro.events.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.events.service.EventFeed;
import ro.events.service.EventPage;
import ro.security.Roles;

/** The pull feed of events, for systems that cannot receive webhooks. */
@Path("/api/events")
@Tag(name = "Events")
public class EventResource {

    @Inject
    EventFeed feed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Read the events after a cursor, oldest first, as CloudEvents documents (integration: its own referrals' events; coordinator: all)",
            description = "An integration receives only the events of the referrals it submitted, their states and dates as"
                    + " GET /api/offender-referrals shows them (a referral kept on file shows as SUBMITTED); the events of"
                    + " cases, messages, safety holds and meetings never leave the program. Start without `after`, then send"
                    + " each page's `next`: no event is skipped or repeated, and a page with no items keeps the same cursor.")
    @APIResponse(responseCode = "200", description = "A page of events and the cursor to continue from")
    public EventPage listEvents(
            @QueryParam("after") @Size(max = 19) @Parameter(description = "The `next` of the previous page (absent: from the first event)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 19, pattern = "^(0|[1-9][0-9]{0,18})$")) String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(EventFeed.MAX_LIMIT)
            @Parameter(description = "How many events at most (1 to 500)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "100")) int limit) {
        return feed.after(after, limit);
    }
}
