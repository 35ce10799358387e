package ro.casefile.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.casefile.service.CasePage;
import ro.casefile.service.CaseService;
import ro.casefile.service.CaseView;
import ro.casefile.service.JoiningService;
import ro.casefile.service.NewCaseParticipant;
import ro.casefile.service.ConsentRecord;
import ro.casefile.service.OpenCase;
import ro.casefile.service.StageMove;
import ro.casefile.service.TimelinePage;
import ro.security.Roles;
import ro.web.CursorPageRequest;

/**
 * Cases: coordinators reach every case; a mediator only the cases assigned to them (404 otherwise);
 * no other role reaches any case content.
 */
@Path("/api/cases")
@Tag(name = "Cases")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class CaseResource {

    @Inject
    CaseService cases;
    @Inject
    JoiningService joining;
    @Inject
    ro.casefile.service.CaseTimeline timeline;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Open a case from accepted referrals and assign one or two mediators (coordinator)")
    @APIResponse(responseCode = "201", description = "Opened", headers = @Header(name = "Location", description = "The new case", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response openCase(@NotNull @Valid OpenCase request) {
        CaseView view = cases.open(request);
        return Response.created(URI.create("/api/cases/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Cases, newest first: every case for coordinators, the assigned ones for a mediator")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public CasePage listCases(
            @QueryParam("q") @Size(max = 100) @Parameter(description = ro.web.SearchText.DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String q,
            @Valid @BeanParam CursorPageRequest paging) {
        return cases.list(q, paging.page(), paging.size(), paging.after());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case")
    @APIResponse(responseCode = "200", description = "The case")
    public CaseView getCase(@PathParam("id") UUID id) {
        return cases.read(id);
    }

    @PUT
    @Path("/{id}/mediators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Reassign the case's mediators; a mediator taken off loses access at once (coordinator)")
    @APIResponse(responseCode = "200", description = "Reassigned")
    public CaseView assignCaseMediators(@PathParam("id") UUID id, @NotNull @Valid MediatorAssignment assignment) {
        return cases.assignMediators(id, assignment.mediators());
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case to another stage: PREPARATION → DIALOGUE → FOLLOW_UP → CLOSED (with an outcome summary and a closure outcome); a closed case reopens to PREPARATION")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public CaseView moveCaseStage(@PathParam("id") UUID id, @NotNull @Valid StageMove move) {
        return cases.moveStage(id, move.requireOutcomeToClose());
    }

    @PUT
    @Path("/{id}/ways")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the ways of communicating from now on (history kept)")
    @APIResponse(responseCode = "200", description = "Chosen")
    public CaseView chooseCaseWays(@PathParam("id") UUID id, @NotNull @Valid WaysChoice choice) {
        return cases.chooseWays(id, choice.ways());
    }

    @POST
    @Path("/{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a person to the open case (coordinator): a support person, or a victim or family member who came forward after it opened; never an offender")
    @APIResponse(responseCode = "201", description = "Added: the case with its new participant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response addCaseParticipant(@PathParam("id") UUID id, @NotNull @Valid NewCaseParticipant request) {
        return Response.status(Response.Status.CREATED).entity(joining.add(id, request)).build();
    }

    @POST
    @Path("/{id}/participants/{participantId}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a participant's consent to a way of communicating, given or withdrawn")
    @APIResponse(responseCode = "200", description = "Recorded")
    public CaseView recordConsent(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
            @NotNull @Valid ConsentRecord consent) {
        return cases.recordConsent(id, participantId, consent);
    }

    @POST
    @Path("/{id}/participants/{participantId}/withdrawal")
    @Operation(summary = "A participant withdraws: no reason needed, effective at once; their scheduled meetings are cancelled")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseView withdrawParticipant(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return cases.withdraw(id, participantId);
    }

    @POST
    @Path("/{id}/participants/{participantId}/rejoin")
    @Operation(summary = "A participant who withdrew comes back")
    @APIResponse(responseCode = "200", description = "Rejoined")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseView rejoinParticipant(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return cases.rejoin(id, participantId);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Every event of the case, oldest first")
    @APIResponse(responseCode = "200", description = "A page of the timeline")
    public TimelinePage getCaseTimeline(@PathParam("id") UUID id, @Valid @BeanParam CursorPageRequest paging,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return timeline.read(id, paging.page(), paging.size(), paging.after(), ro.rules.Messages.choose(headers.getAcceptableLanguages()));
    }
}
