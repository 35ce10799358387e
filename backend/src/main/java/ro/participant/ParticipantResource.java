package ro.participant;

import java.net.URI;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.CursorPageRequest;
import ro.web.Tagged;

@Path("/api/participants")
@Tag(name = "Participants")
public class ParticipantResource {

    @Inject
    ParticipantService service;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
    @Operation(summary = "Find participants by name (accents and case ignored), kind or offender number",
            description = "Coordinators find every participant; a mediator only those of the cases assigned to them.")
    @APIResponse(responseCode = "200", description = "A page of participants")
    public ParticipantPage listParticipants(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Words of the name or offender number", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 100)) String q,
            @QueryParam("kind") @Pattern(regexp = "VICTIM|FAMILY_MEMBER|OFFENDER|SUPPORT_PERSON") @Parameter(description = "Only participants of this kind", schema = @Schema(implementation = ParticipantKind.class)) String kind,
            @QueryParam("offenderNumber") @Pattern(regexp = "^[A-Z0-9]{3,12}$") @Parameter(description = "Only the offender with this number", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 12, pattern = "^[A-Z0-9]{3,12}$")) String offenderNumber,
            @Valid @BeanParam CursorPageRequest paging) {
        return service.list(q, kind == null ? null : ParticipantKind.valueOf(kind), offenderNumber, paging.page(), paging.size(),
                paging.after());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record a participant (coordinator)")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = { @Header(name = "Location", description = "The new participant", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ParticipantView> createParticipant(@NotNull @Valid NewParticipant request) {
        ParticipantView created = service.create(request);
        return Tagged.created(URI.create("/api/participants/" + created.id()), created, created.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
    @Operation(summary = "Read a participant's record; contact details only for the roles that may see them", description = "Open correction requests about this record (Privacy Act) are listed at GET /api/corrections?recordType=PARTICIPANT&recordId={id}, not in this view.")
    @APIResponse(responseCode = "200", description = "The participant", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<ParticipantView> getParticipant(@PathParam("id") UUID id) {
        return Tagged.ok(service.read(id), ParticipantView::version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
    @Operation(summary = "Change a participant's record; If-Match must carry the ETag read")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<ParticipantView> updateParticipant(@PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid ParticipantUpdate request) {
        return Tagged.ok(service.update(id, ifMatch.version(), request), ParticipantView::version);
    }
}
