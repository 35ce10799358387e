package ro.casefile.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import ro.casefile.service.FeedbackService;
import ro.casefile.service.FeedbackView;
import ro.casefile.service.NewFeedback;
import ro.security.Roles;

/**
 * Participants' feedback after a case closes, recorded for them by the case's coordinators and mediators
 * (404 for a mediator not on the case).
 */
@Path("/api/cases/{id}/feedback")
@Tag(name = "Cases")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @GET
    @Operation(summary = "The feedback participants gave after the case closed, in the order it was recorded")
    public List<FeedbackView> listCaseFeedback(@PathParam("id") UUID id) {
        return feedback.list(id);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Record a participant's feedback (voluntary: each statement may be DECLINED); refused (409) before the case is closed or when already recorded")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public FeedbackView recordCaseFeedback(@PathParam("id") UUID id, @NotNull @Valid NewFeedback body) {
        return feedback.record(id, body);
    }
}
