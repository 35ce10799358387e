package ro.events.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import ro.events.model.DeliveryState;
import ro.events.service.DeliveryPage;
import ro.events.service.DeliveryView;
import ro.events.service.NewWebhook;
import ro.events.service.WebhookPage;
import ro.events.service.WebhookSecret;
import ro.events.service.WebhookService;
import ro.events.service.WebhookUpdate;
import ro.events.service.WebhookView;
import ro.security.Roles;
import ro.web.CursorPageRequest;
import ro.web.IfMatch;
import ro.web.Tagged;

/**
 * Webhook endpoints (admin): where events are POSTed, signed as Standard Webhooks says; their deliveries, retried
 * with backoff, parked as FAILED after the configured attempts, and replayable. See the README, "Webhooks".
 */
@Path("/api/webhooks")
@Tag(name = "Webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "Webhook endpoints, newest first (admin)")
    @APIResponse(responseCode = "200", description = "A page of endpoints")
    public WebhookPage listWebhooks(@Valid @BeanParam CursorPageRequest paging) {
        return webhooks.list(paging.page(), paging.size(), paging.after());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook endpoint (admin); its signing secret is in the answer, and never again",
            description = "The url must be https (http only where ro.webhooks.allow-http is on), without credentials (400 naming url). "
                    + "An integration's endpoint takes only event types that may leave the program, and the integration must be known "
                    + "(422 naming eventTypes or integration). It receives the events recorded from now on.")
    @APIResponse(responseCode = "201", description = "Registered, active",
            headers = { @Header(name = "Location", description = "The new endpoint", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<WebhookSecret> createWebhook(@NotNull @Valid NewWebhook request) {
        WebhookSecret created = webhooks.create(request);
        return Tagged.created(URI.create("/api/webhooks/" + created.webhook().id()), created, created.webhook().version());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a webhook endpoint, never its secret (admin)")
    @APIResponse(responseCode = "200", description = "The endpoint", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<WebhookView> getWebhook(@PathParam("id") UUID id) {
        return Tagged.ok(webhooks.read(id), WebhookView::version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook endpoint's url, description, event types or active (admin); If-Match must carry the ETag read",
            description = "The same rules as at registration. An inactive endpoint is sent nothing; reactivated, it receives the events "
                    + "recorded meanwhile, in order.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<WebhookView> updateWebhook(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch, @NotNull @Valid WebhookUpdate request) {
        return Tagged.ok(webhooks.update(id, ifMatch.version(), request), WebhookView::version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook endpoint and its deliveries (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhook(@PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate a webhook endpoint's signing secret (admin); the new secret is in the answer, and never again",
            description = "The old secret signs nothing from now on.")
    @APIResponse(responseCode = "200", description = "Rotated", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<WebhookSecret> rotateWebhookSecret(@PathParam("id") UUID id) {
        WebhookSecret rotated = webhooks.rotateSecret(id);
        return Tagged.ok(rotated, rotated.webhook().version());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook endpoint's deliveries, newest event first (admin)")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public DeliveryPage listWebhookDeliveries(@PathParam("id") UUID id,
            @QueryParam("state") @Pattern(regexp = "PENDING|DELIVERED|FAILED")
            @Parameter(description = "Only deliveries in this state", schema = @Schema(implementation = DeliveryState.class)) String state,
            @Valid @BeanParam CursorPageRequest paging) {
        return webhooks.deliveries(id, state == null ? null : DeliveryState.valueOf(state), paging.page(), paging.size(), paging.after());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Send a FAILED or DELIVERED delivery again (admin)",
            description = "It becomes PENDING, due now, its attempts counted anew; a PENDING one is refused (409).")
    @APIResponse(responseCode = "200", description = "Pending again")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DeliveryView replayWebhookDelivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.replay(id, deliveryId);
    }
}
