package ro.privacy.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.privacy.service.AccessExport;
import ro.privacy.service.AccessExportService;
import ro.security.Roles;

/** A person's access request (Privacy Act): everything held about them, other people's information severed. */
@Path("/api/participants/{id}")
@Tag(name = "Privacy")
public class AccessExportResource {

    private static final String DESCRIPTION = "Coordinators only; audited (ACCESS_EXPORT). Other people appear by role; their names and"
            + " contact details are severed from every text; mediators-only notes, case notes, safety plans and other people's"
            + " statements are listed as withheld with the reason. At most ro.privacy.export.max-messages messages each way and"
            + " max-audit-entries audit entries, newest first (a cut part says so).";

    @Inject
    AccessExportService exports;

    @GET
    @Path("/access-export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Everything held about a participant, as JSON (access request export)", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessExport.class)))
    public Response getAccessExport(@PathParam("id") UUID id) {
        AccessExport export = exports.export(id);
        return Response.ok(export).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"access-export-" + id + ".json\"").build();
    }

    @GET
    @Path("/access-export.pdf")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Everything held about a participant, as a bilingual PDF (their preferred language first)",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getAccessExportPdf(@PathParam("id") UUID id) {
        return Response.ok(exports.pdf(id), "application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"access-export-" + id + ".pdf\"").build();
    }
}
