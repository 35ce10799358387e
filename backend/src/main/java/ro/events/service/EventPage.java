package ro.events.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of the events the caller may receive, oldest first (in commit order)")
public record EventPage(
        @Schema(required = true, maxItems = EventFeed.MAX_LIMIT) List<CloudEvent> items,
        @Schema(required = true, maxLength = 20, description = "The cursor to send as `after` for the events after this page;"
                + " the same as `after` when there was none (poll again with it later). Opaque: keep it, do not build one.") String next) {
}
