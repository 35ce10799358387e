package ro.reference.rest;

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
import ro.reference.service.InstitutionUpdate;
import ro.reference.service.InstitutionView;
import ro.reference.service.NewInstitution;
import ro.reference.service.ReferenceService;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

@Path("/api/institutions")
@Tag(name = "Reference data")
public class InstitutionResource {

    @Inject
    ReferenceService reference;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR, Roles.STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "The institutions, by English name (every role; an integrated system learns their ids here)")
    @APIResponse(responseCode = "200", description = "The institutions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionView.class, maxItems = 5000)))
    public List<InstitutionView> listInstitutions(
            @QueryParam("regionId") @Parameter(description = "Only the institutions of this region") UUID regionId,
            @QueryParam("active") @Parameter(description = "Only the active (true) or inactive (false) ones") Boolean active) {
        return reference.institutions(regionId, active);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR, Roles.STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Read an institution (every role)")
    @APIResponse(responseCode = "200", description = "The institution", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<InstitutionView> getInstitution(@PathParam("id") UUID id) {
        return Tagged.ok(reference.institution(id), InstitutionView::version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an institution to an active region (admin)")
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location", description = "The new institution", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<InstitutionView> createInstitution(@NotNull @Valid NewInstitution request) {
        InstitutionView created = reference.createInstitution(request);
        return Tagged.created(URI.create("/api/institutions/" + created.id()), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename, move to another region, deactivate or reactivate an institution (admin); If-Match must carry the ETag read")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<InstitutionView> updateInstitution(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid InstitutionUpdate request) {
        return Tagged.ok(reference.updateInstitution(id, ifMatch.version(), request), InstitutionView::version);
    }
}
