package ro.referral.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.referral.service.AssessorService;
import ro.referral.service.ReferralView;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

/** The mediator a coordinator assigns to a referral's assessment: that mediator then reaches it while it is being assessed. */
@Path("/api/referrals/{id}/assessor")
@Tag(name = "Referrals")
@RolesAllowed(Roles.COORDINATOR)
public class ReferralAssessorResource {

    @Inject
    AssessorService assessors;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign an active mediator of the roster to the referral's assessment, or change who (coordinator)",
            description = "Only while the referral is SUBMITTED or UNDER_ASSESSMENT (409 otherwise). The mediator replaced loses access at once.")
    @APIResponse(responseCode = "200", description = "Assigned", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReferralView> assignReferralAssessor(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid AssessorAssignment assignment) {
        return Tagged.ok(assessors.assign(id, ifMatch.version(), assignment.mediator().strip()), ReferralView::version);
    }

    @DELETE
    @Operation(summary = "Remove the mediator from the referral's assessment; they lose access at once (coordinator)",
            description = "Only while the referral is SUBMITTED or UNDER_ASSESSMENT and has an assessor (409 otherwise).")
    @APIResponse(responseCode = "200", description = "Removed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReferralView> removeReferralAssessor(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        return Tagged.ok(assessors.remove(id, ifMatch.version()), ReferralView::version);
    }
}
