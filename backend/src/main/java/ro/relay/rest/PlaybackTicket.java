package ro.relay.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.service.PlaybackService;

/** Where a video element loads a granted file from, and until when that address may first be used. */
public record PlaybackTicket(
        @Schema(description = "The address for <video src>: good for one request, which opens the playback session", maxLength = 100,
                example = "/api/playback/Qm9vayBvZiBKb2I") String url,
        Instant expiresAt) {

    static PlaybackTicket of(PlaybackService.Grant grant) {
        return new PlaybackTicket(PlaybackResource.PATH + "/" + grant.code(), grant.expiresAt());
    }
}
