package ro.casefile.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.casefile.service.SafetyAssessmentView;
import ro.casefile.service.SafetyFindings;
import ro.casefile.service.SafetyService;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

/**
 * A case's safety assessments: drafted, revised and finalised by the case's mediators and
 * coordinators (404 for a mediator not on the case).
 */
@Path("/api/cases/{id}/safety-assessments")
@Tag(name = "Cases")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class SafetyAssessmentResource {

    @Inject
    SafetyService safety;

    @GET
    @Operation(summary = "The case's safety assessments, oldest first", description = "Open correction requests about this record (Privacy Act) are listed at GET /api/corrections?recordType=SAFETY_ASSESSMENT&recordId={id}, not in this view.")
    @APIResponse(responseCode = "200", description = "The assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SafetyAssessmentView.class, maxItems = 1000)))
    public List<SafetyAssessmentView> listSafetyAssessments(@PathParam("id") UUID id) {
        return safety.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a safety assessment of a participant, or a correction of a finalised one (`amends`)")
    @APIResponse(responseCode = "201", description = "Drafted", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyAssessmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<SafetyAssessmentView> draftSafetyAssessment(@PathParam("id") UUID id, @NotNull @Valid SafetyFindings findings) {
        SafetyAssessmentView view = safety.draft(id, findings);
        return Tagged.created(URI.create("/api/cases/" + id + "/safety-assessments/" + view.id()), view, view.version());
    }

    @PUT
    @Path("/{assessmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a draft safety assessment; a finalised one is never edited (409)")
    @APIResponse(responseCode = "200", description = "Revised")
    public RestResponse<SafetyAssessmentView> reviseSafetyAssessment(@PathParam("id") UUID id, @PathParam("assessmentId") UUID assessmentId,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid SafetyFindings findings) {
        return Tagged.ok(safety.revise(id, assessmentId, ifMatch.version(), findings), SafetyAssessmentView::version);
    }

    @POST
    @Path("/{assessmentId}/finalise")
    @Operation(summary = "Finalise a safety assessment: it may put the case on safety hold or clear it")
    @APIResponse(responseCode = "200", description = "Finalised")
    public RestResponse<SafetyAssessmentView> finaliseSafetyAssessment(@PathParam("id") UUID id, @PathParam("assessmentId") UUID assessmentId,
            @BeanParam IfMatch ifMatch) {
        return Tagged.ok(safety.finalise(id, assessmentId, ifMatch.version()), SafetyAssessmentView::version);
    }
}
