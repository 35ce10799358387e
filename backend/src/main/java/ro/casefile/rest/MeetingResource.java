package ro.casefile.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.casefile.service.MeetingCancellation;
import ro.casefile.service.MeetingOutcome;
import ro.casefile.service.MeetingService;
import ro.casefile.service.MeetingView;
import ro.casefile.service.NewMeeting;
import ro.security.Roles;

/**
 * A case's face-to-face meetings: scheduled, held or cancelled by the case's mediators and
 * coordinators (404 for a mediator not on the case).
 */
@Path("/api/cases/{id}/meetings")
@Tag(name = "Cases")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "The case's face-to-face meetings, in date order")
    @APIResponse(responseCode = "200", description = "The meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingView.class, maxItems = 1000)))
    public List<MeetingView> listMeetings(@PathParam("id") UUID id) {
        return meetings.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a face-to-face meeting: refused (409) on safety hold, with a no-contact condition not yet reviewed, without face-to-face chosen, or when an attending participant has withdrawn or not consented")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response scheduleMeeting(@PathParam("id") UUID id, @NotNull @Valid NewMeeting meeting) {
        MeetingView view = meetings.schedule(id, meeting);
        return Response.created(URI.create("/api/cases/" + id + "/meetings/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/{meetingId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the meeting was held, its outcome and agreements (refused while the case is on hold)")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MeetingView recordMeetingOutcome(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @NotNull @Valid MeetingOutcome outcome) {
        return meetings.recordOutcome(id, meetingId, outcome);
    }

    @POST
    @Path("/{meetingId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a scheduled meeting")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MeetingView cancelMeeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @NotNull @Valid MeetingCancellation cancellation) {
        return meetings.cancel(id, meetingId, cancellation);
    }
}
