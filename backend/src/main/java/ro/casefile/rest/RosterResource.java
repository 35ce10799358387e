package ro.casefile.rest;

import java.util.List;

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
import ro.casefile.service.MediatorEntry;
import ro.casefile.service.MediatorView;
import ro.casefile.service.RosterService;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

@Path("/api/mediators")
@Tag(name = "Mediator roster")
public class RosterResource {

    @Inject
    RosterService roster;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(summary = "The mediator roster (admin; coordinators, to assign mediators)")
    @APIResponse(responseCode = "200", description = "The roster",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MediatorView.class, maxItems = 10000)))
    public List<MediatorView> listMediators() {
        return roster.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a mediator to the roster (admin)",
            description = "The user name must be an enabled realm user holding the mediator role, directly, through a composite role or a group (422 naming `username` otherwise, rule RealmUser or MediatorRole; 503 when the realm cannot be asked). It is kept as the realm spells it.")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediatorView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", description = "The realm's users cannot be checked right now; nothing was recorded",
            content = @Content(mediaType = ro.web.ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = ro.web.Problem.class)))
    public RestResponse<MediatorView> addMediator(@NotNull @Valid MediatorEntry entry) {
        MediatorView view = roster.add(entry);
        return Tagged.status(201, view, view.version());
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a mediator's roster entry, e.g. take them off active duty (admin)")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<MediatorView> updateMediator(@PathParam("username") String username,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid MediatorEntry entry) {
        return Tagged.ok(roster.update(username, ifMatch.version(), entry), MediatorView::version);
    }
}
