package ro.privacy.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.privacy.model.CorrectionState;
import ro.privacy.model.RecordType;
import ro.privacy.service.CorrectionPage;
import ro.privacy.service.CorrectionResolution;
import ro.privacy.service.CorrectionService;
import ro.privacy.service.CorrectionView;
import ro.privacy.service.NewCorrection;
import ro.security.Roles;
import ro.web.CursorPageRequest;
import ro.web.IfMatch;
import ro.web.PageRequest;
import ro.web.Tagged;

/**
 * Correction requests (Privacy Act right to correction), recorded, read and resolved by coordinators.
 * A CORRECTED outcome does not itself edit the record: the coordinator corrects the record through its
 * own endpoint (which stays audited), then resolves the request.
 */
@Path("/api/corrections")
@Tag(name = "Corrections")
@RolesAllowed(Roles.COORDINATOR)
public class CorrectionResource {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @Inject
    CorrectionService corrections;

    @GET
    @Operation(summary = "Correction requests, open ones first, oldest first (coordinator)",
            description = "Filters: state; recordType with recordId (together: the requests about these records, what a page showing "
                    + "them lists as its notices, in one call); participantId (the person who asked).")
    @APIResponse(responseCode = "200", description = "A page of correction requests")
    public CorrectionPage listCorrections(
            @QueryParam("state") @Pattern(regexp = "OPEN|CORRECTED|ANNOTATED")
            @Parameter(description = "Only requests in this state", schema = @Schema(implementation = CorrectionState.class)) String state,
            @QueryParam("recordType") @Pattern(regexp = "PARTICIPANT|REFERRAL|SUITABILITY_ASSESSMENT|SAFETY_ASSESSMENT|MESSAGE|CASE_NOTE")
            @Parameter(description = "Only requests about a record of this kind (with recordId)", schema = @Schema(implementation = RecordType.class)) String recordType,
            @QueryParam("recordId") @Size(max = PageRequest.MAX_SIZE)
            @Parameter(description = "Only requests about these records (with recordType; repeat it for several, up to 100: the notices of a page listing records)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = UUID.class)) List<@Pattern(regexp = UUID_PATTERN) String> recordIds,
            @QueryParam("participantId") @Pattern(regexp = UUID_PATTERN)
            @Parameter(description = "Only requests of this participant", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String participantId,
            @Valid @BeanParam CursorPageRequest paging) {
        CorrectionService.Filter filter = new CorrectionService.Filter(state == null ? null : CorrectionState.valueOf(state),
                recordType == null ? null : RecordType.valueOf(recordType), recordIds.stream().map(UUID::fromString).toList(), uuid(participantId));
        return corrections.list(filter, paging.page(), paging.size(), paging.after());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person's correction request (coordinator)",
            description = "The participant and the record must exist (422 naming participantId or recordId otherwise); the field must be one "
                    + "the record has, or absent for the record as a whole (400 naming field). Audited on the request and on the record disputed.")
    @APIResponse(responseCode = "201", description = "Recorded, open",
            headers = { @Header(name = "Location", description = "The new request", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<CorrectionView> createCorrection(@NotNull @Valid NewCorrection request) {
        CorrectionView created = corrections.create(request);
        return Tagged.created(URI.create("/api/corrections/" + created.id()), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a correction request (coordinator)")
    @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<CorrectionView> getCorrection(@PathParam("id") UUID id) {
        return Tagged.ok(corrections.read(id), CorrectionView::version);
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a correction request once: CORRECTED or ANNOTATED (coordinator); If-Match must carry the ETag read",
            description = "CORRECTED does not itself edit the record: correct the record first through its own endpoint (audited there), "
                    + "then resolve. ANNOTATED: the record keeps its value and is shown as disputed, with the person's statement. "
                    + "A request already resolved is refused (409).")
    @APIResponse(responseCode = "200", description = "Resolved")
    public RestResponse<CorrectionView> resolveCorrection(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid CorrectionResolution resolution) {
        return Tagged.ok(corrections.resolve(id, ifMatch.version(), resolution), CorrectionView::version);
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
