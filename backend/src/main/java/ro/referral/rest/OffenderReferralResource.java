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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.referral.service.OffenderReferralRequest;
import ro.referral.service.ReferralService;
import ro.referral.service.SubmittedReferralPage;
import ro.referral.service.SubmittedReferralView;
import ro.rules.Breach;
import ro.security.Caller;
import ro.security.Roles;
import ro.security.StaffDirectory;
import ro.web.ApiProblem;
import ro.web.CursorPageRequest;
import ro.web.Problem;
import ro.web.ProblemMappers;

/**
 * The referring side: correctional staff (and integrated systems for them) refer offenders and see
 * the state of their own referrals, and nothing else of the process.
 */
@Path("/api/offender-referrals")
@Tag(name = "Offender referrals")
@RolesAllowed({ Roles.STAFF, Roles.INTEGRATION })
public class OffenderReferralResource {

    @Inject
    ReferralService referrals;

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staffDirectory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer an offender (staff; integrated systems on behalf of a named staff member, with an Idempotency-Key)",
            description = "Both statements must be true, and the offender always named. The answer never depends on what the program already holds: a second referral of an offender already referred is recorded as the caller's own (201), and the offender is shown as the caller named them. An integrated system must send an Idempotency-Key: the same key and body again returns the first result (200) and creates nothing; the same key with another body is refused (422). Its `onBehalfOf` must be a staff member of the realm (422 otherwise; 503 when that cannot be checked).")
    @APIResponse(responseCode = "201", description = "Referred",
            headers = @Header(name = "Location", description = "The new referral", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmittedReferralView.class)))
    @APIResponse(responseCode = "200", description = "The same Idempotency-Key and body again: the first result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmittedReferralView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", description = "The realm's staff members cannot be checked right now; nothing was recorded",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response referOffender(
            @HeaderParam("Idempotency-Key") @Parameter(in = ParameterIn.HEADER, description = "Required for integrated systems", schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^[A-Za-z0-9._:-]{8,100}$")) String idempotencyKey,
            @NotNull @Valid OffenderReferralRequest request) {
        if (caller.is(Roles.INTEGRATION) && !caller.is(Roles.STAFF)) {
            if (idempotencyKey == null || !idempotencyKey.matches("^[A-Za-z0-9._:-]{8,100}$")) {
                throw ApiProblem.invalid(List.of(new Breach("Idempotency-Key", "Required", "referral.idempotency.required")));
            }
            OffenderReferralRequest forStaff = request.onBehalfOf() == null ? request
                    : request.withOnBehalfOf(staffDirectory.staffMember(request.onBehalfOf()));
            ReferralService.Submitted result = referrals.referOffenderAsIntegration(idempotencyKey, forStaff);
            return result.created() ? created(result.view())
                    : Response.ok(result.view()).header("Idempotent-Replayed", "true").build();
        }
        return created(referrals.referOffenderAsStaff(request));
    }

    private static Response created(SubmittedReferralView view) {
        return Response.created(URI.create("/api/offender-referrals/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The caller's own referrals, newest first: states and dates only")
    @APIResponse(responseCode = "200", description = "A page of the caller's referrals")
    public SubmittedReferralPage listMyOffenderReferrals(@Valid @BeanParam CursorPageRequest paging) {
        return referrals.submitted(paging.page(), paging.size(), paging.after());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's own referrals; anyone else's answers 404")
    @APIResponse(responseCode = "200", description = "The referral's state and dates")
    public SubmittedReferralView getMyOffenderReferral(@PathParam("id") UUID id) {
        return referrals.submittedOne(id);
    }
}
