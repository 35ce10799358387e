package ro.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.notifications.service.NotificationSettings;
import ro.notifications.service.NotificationSettingsService;
import ro.notifications.service.NotificationSettingsView;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

/** Each coordinator's and mediator's own e-mail notice settings. */
@Path("/api/me/notifications")
@Tag(name = "Notifications")
public class NotificationSettingsResource {

    @Inject
    NotificationSettingsService settings;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
    @Operation(summary = "The caller's e-mail notice settings (coordinators and mediators)")
    @APIResponse(responseCode = "200", description = "The settings; version 0 until first saved", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationSettingsView.class)))
    public RestResponse<NotificationSettingsView> getMyNotificationSettings() {
        return Tagged.ok(settings.mine(), NotificationSettingsView::version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
    @Operation(summary = "Choose which notices the caller gets, how often and in which language (coordinators and mediators)",
            description = "If-Match: the ETag read (\"0\" before the first save). The address is the caller's account's (the token's `email` claim),"
                    + " refreshed at each save; turning e-mail on without one is refused with 422 naming `email`, rule AccountEmail."
                    + " A kind that is not a queue of the caller's role is refused with 400 naming `kinds`.")
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationSettingsView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<NotificationSettingsView> updateMyNotificationSettings(@BeanParam IfMatch ifMatch,
            @NotNull @Valid NotificationSettings body) {
        return Tagged.ok(settings.save(ifMatch.version(), body), NotificationSettingsView::version);
    }
}
