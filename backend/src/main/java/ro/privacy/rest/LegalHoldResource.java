package ro.privacy.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.privacy.model.DisposableKind;
import ro.privacy.service.HoldReason;
import ro.privacy.service.LegalHoldService;
import ro.privacy.service.LegalHoldView;
import ro.security.Roles;
import ro.web.ETags;
import ro.web.IfMatch;
import ro.web.Tagged;

/** Legal holds: a record under one is not disposed of until it is released. */
@Path("/api/legal-holds/{type}/{id}")
@Tag(name = "Retention and disposal")
public class LegalHoldResource {

    @Inject
    LegalHoldService holds;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Place a legal hold on a case or a referral, or restate its reason (coordinator)",
            description = "A new hold needs no If-Match (201); restating the reason of the hold in place needs its ETag (409 without).")
    @APIResponse(responseCode = "201", description = "Placed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LegalHoldView.class)))
    @APIResponse(responseCode = "200", description = "Its reason restated", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<LegalHoldView> placeLegalHold(@PathParam("type") DisposableKind type, @PathParam("id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = "The hold's ETag, to restate its reason",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
            @NotNull @Valid HoldReason reason) {
        LegalHoldService.Placed placed = holds.place(type, id, reason, ifMatch == null ? null : ETags.requiredVersion(ifMatch));
        return Tagged.status(placed.created() ? 201 : 200, placed.hold(), placed.hold().version());
    }

    @DELETE
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Release the legal hold on a record (coordinator)")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void releaseLegalHold(@PathParam("type") DisposableKind type, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        holds.release(type, id, ifMatch.version());
    }
}
