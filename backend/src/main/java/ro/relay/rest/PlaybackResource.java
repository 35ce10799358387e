package ro.relay.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.relay.service.PlaybackService;

/**
 * A video played under a playback grant (POST .../files/{fileId}/playback). No bearer token: the grant is the
 * credential, and it names who asked for it. The first request uses the code in the address and receives the
 * session cookie (HttpOnly, Secure, SameSite=Strict, scoped to this address); the following range requests of the
 * same video element present it. The only method of the API that is not allowed to named roles: the grant is
 * bound to a caller who held one when asking for it, and their scope is checked again at every request.
 */
@Path(PlaybackResource.PATH)
@SecurityScheme(securitySchemeName = "playback-grant", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, apiKeyName = PlaybackResource.COOKIE,
        description = "The playback session a grant's first request opens (the code in the address is that first request's credential)")
@Tag(name = "Message relay")
public class PlaybackResource {

    static final String PATH = "/api/playback";
    static final String COOKIE = "ro_playback";
    /** The most one range answer carries (the element asks for the next part as it plays). */
    static final long MOST_PER_RANGE = 4L * 1024 * 1024;

    @Inject
    PlaybackService playback;

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirement(name = "playback-grant")
    @Produces({ "video/mp4", "video/webm", MediaType.APPLICATION_JSON })
    @Operation(summary = "A granted video, by byte range: the code's first use opens the session, its cookie serves the next ranges",
            description = "An unknown, expired or used code, a session of another grant or expired, or a caller who no longer reaches the case: 404.")
    @APIResponse(responseCode = "200", description = "The whole file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The range asked for", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "416", description = "The range is outside the file")
    public Response playVideo(@PathParam("code") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String code,
            @CookieParam(COOKIE) @Parameter(hidden = true) String session,
            @HeaderParam("Range") @Parameter(in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING, maxLength = 60)) String range) {
        PlaybackService.Playing playing = playback.play(code, session);
        Response.ResponseBuilder response = FileResponses.ranged(playing.file(), range, MOST_PER_RANGE);
        if (playing.newSession() != null) {
            response.cookie(new NewCookie.Builder(COOKIE).value(playing.newSession()).path(PATH + "/" + code)
                    .maxAge((int) playing.sessionLife().toSeconds()).httpOnly(true).secure(true).sameSite(NewCookie.SameSite.STRICT).build());
        }
        return response.build();
    }
}
