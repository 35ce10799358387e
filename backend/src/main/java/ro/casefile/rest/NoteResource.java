package ro.casefile.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.casefile.service.NewNote;
import ro.casefile.service.NoteService;
import ro.casefile.service.NoteView;
import ro.security.Roles;

/**
 * A case's notes: added by its mediators, read by them and coordinators (404 for a mediator not
 * on the case).
 */
@Path("/api/cases/{id}/notes")
@Tag(name = "Cases")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class NoteResource {

    @Inject
    NoteService notes;

    @GET
    @Operation(summary = "The case's notes; mediators-only notes are shown to the case's mediators alone", description = "Open correction requests about this record (Privacy Act) are listed at GET /api/corrections?recordType=CASE_NOTE&recordId={id}, not in this view.")
    @APIResponse(responseCode = "200", description = "The notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NoteView.class, maxItems = 10000)))
    public List<NoteView> listCaseNotes(@PathParam("id") UUID id) {
        return notes.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDIATOR)
    @Operation(summary = "Add a note (the case's mediators)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public Response addCaseNote(@PathParam("id") UUID id, @NotNull @Valid NewNote note) {
        NoteView view = notes.add(id, note);
        return Response.status(201).entity(view).build();
    }
}
