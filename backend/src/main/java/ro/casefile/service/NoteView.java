package ro.casefile.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.security.StaffName;

@Schema(description = "A note on a case")
public record NoteView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100) String author,
        @Schema(required = true, description = "The author as people call them") StaffName authorName,
        @Schema(required = true, maxLength = 8000) String text,
        @Schema(required = true) boolean mediatorsOnly,
        @Schema(required = true) Instant createdAt) {
}
