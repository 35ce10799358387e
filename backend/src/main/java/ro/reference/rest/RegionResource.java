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
import ro.reference.service.NewRegion;
import ro.reference.service.ReferenceService;
import ro.reference.service.RegionUpdate;
import ro.reference.service.RegionView;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

@Path("/api/regions")
@Tag(name = "Reference data")
public class RegionResource {

    @Inject
    ReferenceService reference;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR, Roles.STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "The regions, by English name (every role)")
    @APIResponse(responseCode = "200", description = "The regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class, maxItems = 1000)))
    public List<RegionView> listRegions(
            @QueryParam("active") @Parameter(description = "Only the active (true) or inactive (false) ones") Boolean active) {
        return reference.regions(active);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR, Roles.STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Read a region (every role)")
    @APIResponse(responseCode = "200", description = "The region", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<RegionView> getRegion(@PathParam("id") UUID id) {
        return Tagged.ok(reference.region(id), RegionView::version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a region (admin)")
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location", description = "The new region", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<RegionView> createRegion(@NotNull @Valid NewRegion request) {
        RegionView created = reference.createRegion(request);
        return Tagged.created(URI.create("/api/regions/" + created.id()), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename, deactivate or reactivate a region (admin); If-Match must carry the ETag read",
            description = "A region with active institutions cannot be deactivated (409).")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<RegionView> updateRegion(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid RegionUpdate request) {
        return Tagged.ok(reference.updateRegion(id, ifMatch.version(), request), RegionView::version);
    }
}
