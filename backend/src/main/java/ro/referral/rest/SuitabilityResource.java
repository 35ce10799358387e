package ro.referral.rest;

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
import ro.referral.service.SuitabilityAssessmentView;
import ro.referral.service.SuitabilityFindings;
import ro.referral.service.SuitabilityService;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

/** A referral's suitability assessments: a coordinator's, or those of the mediator assigned to its assessment (404 for any other). */
@Path("/api/referrals/{referralId}/suitability-assessments")
@Tag(name = "Referrals")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class SuitabilityResource {

    @Inject
    SuitabilityService assessments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a suitability assessment, or a correction of a finalised one (`amends`)")
    @APIResponse(responseCode = "201", description = "Drafted",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuitabilityAssessmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<SuitabilityAssessmentView> draftSuitabilityAssessment(@PathParam("referralId") UUID referralId, @NotNull @Valid SuitabilityFindings findings) {
        SuitabilityAssessmentView view = assessments.draft(referralId, findings);
        return Tagged.created(URI.create("/api/referrals/" + referralId + "/suitability-assessments/" + view.id()), view, view.version());
    }

    @GET
    @Operation(summary = "The referral's suitability assessments, oldest first")
    @APIResponse(responseCode = "200", description = "The assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SuitabilityAssessmentView.class, maxItems = 1000)))
    public List<SuitabilityAssessmentView> listSuitabilityAssessments(@PathParam("referralId") UUID referralId) {
        return assessments.list(referralId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a suitability assessment", description = "Open correction requests about this record (Privacy Act) are listed at GET /api/corrections?recordType=SUITABILITY_ASSESSMENT&recordId={id}, not in this view.")
    @APIResponse(responseCode = "200", description = "The assessment", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<SuitabilityAssessmentView> getSuitabilityAssessment(@PathParam("referralId") UUID referralId, @PathParam("id") UUID id) {
        return Tagged.ok(assessments.read(referralId, id), SuitabilityAssessmentView::version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a draft; a finalised assessment is never edited (409)")
    @APIResponse(responseCode = "200", description = "Revised")
    public RestResponse<SuitabilityAssessmentView> reviseSuitabilityAssessment(@PathParam("referralId") UUID referralId, @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid SuitabilityFindings findings) {
        return Tagged.ok(assessments.revise(referralId, id, ifMatch.version(), findings), SuitabilityAssessmentView::version);
    }

    @POST
    @Path("/{id}/finalise")
    @Operation(summary = "Finalise a draft: from now on it is never edited")
    @APIResponse(responseCode = "200", description = "Finalised")
    public RestResponse<SuitabilityAssessmentView> finaliseSuitabilityAssessment(@PathParam("referralId") UUID referralId, @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return Tagged.ok(assessments.finalise(referralId, id, ifMatch.version()), SuitabilityAssessmentView::version);
    }
}
