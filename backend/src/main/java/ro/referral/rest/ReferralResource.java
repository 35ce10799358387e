package ro.referral.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.jboss.resteasy.reactive.RestResponse;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;
import ro.referral.service.Decline;
import ro.referral.service.Eligibility;
import ro.referral.service.HarmedPersonRequest;
import ro.referral.service.OffenderNumberConfirmation;
import ro.referral.service.ReferralMatchView;
import ro.referral.service.ReferralQueuePage;
import ro.referral.service.ReferralMatches;
import ro.referral.service.ReferralService;
import ro.referral.service.ReferralView;
import ro.security.Roles;
import ro.web.CursorPageRequest;
import ro.web.IfMatch;
import ro.web.PageRequest;
import ro.web.Tagged;

/** The coordinators' side of referrals: intake of harmed people's requests, the queue, decisions, matches (a referral's assessor reads it). */
@Path("/api/referrals")
@Tag(name = "Referrals")
@RolesAllowed(Roles.COORDINATOR)
public class ReferralResource {

    private static final String STATES = "DORMANT|SUBMITTED|UNDER_ASSESSMENT|ACCEPTED|DECLINED|WITHDRAWN";
    private static final String SOURCES = "HARMED_PERSON|STAFF|INTEGRATION";

    @Inject
    ReferralService referrals;

    @Inject
    ReferralMatches matchList;

    @POST
    @Path("/harmed-person-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a harmed person's request (coordinator)",
            description = "Kept on file (DORMANT) when it names an offender nobody has referred yet, and matched as soon as one is. A request from an offender is refused (422): a correctional staff member must refer them.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The new referral", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response recordHarmedPersonRequest(@NotNull @Valid HarmedPersonRequest request) {
        ReferralView view = referrals.recordHarmedPersonRequest(request);
        return Response.created(URI.create("/api/referrals/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The referral queue, oldest first, with counts per state (coordinator)")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    public ReferralQueuePage listReferrals(
            @QueryParam("state") @Pattern(regexp = STATES) @Parameter(description = "Only referrals in this state", schema = @Schema(implementation = ReferralState.class)) String state,
            @QueryParam("source") @Pattern(regexp = SOURCES) @Parameter(description = "Only referrals from this source", schema = @Schema(implementation = ReferralSource.class)) String source,
            @QueryParam("minAgeDays") @Pattern(regexp = "-?[0-9]{1,9}") @Min(0) @Max(3650) @Parameter(description = "Only referrals at least this many days old", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "3650")) String minAgeDays,
            @QueryParam("q") @Size(max = 100) @Parameter(description = ro.web.SearchText.DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String q,
            @Valid @BeanParam CursorPageRequest paging) {
        return referrals.queue(state == null ? null : ReferralState.valueOf(state),
                source == null ? null : ReferralSource.valueOf(source), minAgeDays == null ? null : Integer.valueOf(minAgeDays),
                q, paging.page(), paging.size(), paging.after());
    }

    @GET
    @Path("/matches")
    @Operation(summary = "Harmed people's requests and offenders' referrals about the same offender, newest first (coordinator)")
    @APIResponse(responseCode = "200", description = "The matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralMatchView.class, maxItems = 100)))
    public List<ReferralMatchView> listReferralMatches(@Valid @BeanParam PageRequest paging) {
        return matchList.page(paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
    @Operation(summary = "Read a referral (coordinator; the mediator assigned to its assessment while it is being assessed, 404 for any other)",
            description = "Open correction requests about this record (Privacy Act) are listed at GET /api/corrections?recordType=REFERRAL&recordId={id}, not in this view.")
    @APIResponse(responseCode = "200", description = "The referral")
    public ReferralView getReferral(@PathParam("id") UUID id) {
        return referrals.read(id);
    }

    @POST
    @Path("/{id}/start-assessment")
    @Operation(summary = "SUBMITTED → UNDER_ASSESSMENT (coordinator)")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferralView startReferralAssessment(@PathParam("id") UUID id) {
        return referrals.startAssessment(id);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "UNDER_ASSESSMENT → ACCEPTED, with a finalised SUITABLE suitability assessment (coordinator)")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferralView acceptReferral(@PathParam("id") UUID id) {
        return referrals.accept(id);
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "UNDER_ASSESSMENT → DECLINED, with one of the program's reasons (coordinator)")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferralView declineReferral(@PathParam("id") UUID id, @NotNull @Valid Decline decline) {
        return referrals.decline(id, decline);
    }

    @PUT
    @Path("/{id}/eligibility")
    @Operation(summary = "Record what is known of eligibility (a federal sentence; a harmed person's registration) while the referral is open",
            description = "Accepting needs federalSentence YES; declining as NOT_ELIGIBLE needs NO.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReferralView> recordReferralEligibility(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid Eligibility eligibility) {
        return Tagged.ok(referrals.recordEligibility(id, ifMatch.version(), eligibility), ReferralView::version);
    }

    @PUT
    @Path("/{id}/offender-number")
    @Operation(summary = "Confirm the number of the offender a harmed person named without it; the request is then matched (or kept on file)",
            description = "Refused (409) for a referral that is not an open harmed person's request waiting for a number.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReferralView> confirmReferralOffenderNumber(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid OffenderNumberConfirmation confirmation) {
        return Tagged.ok(referrals.confirmOffenderNumber(id, ifMatch.version(), confirmation.offenderNumber()), ReferralView::version);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw a referral before it is decided (coordinator, for the person)")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferralView withdrawReferral(@PathParam("id") UUID id) {
        return referrals.withdraw(id);
    }

    @POST
    @Path("/{id}/no-contact-review")
    @Operation(summary = "Record that a coordinator has reviewed the referral's no-contact condition (coordinator)")
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferralView reviewNoContactCondition(@PathParam("id") UUID id) {
        return referrals.reviewNoContactCondition(id);
    }
}
