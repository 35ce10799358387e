package ro.relay.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.MessageKind;

@Schema(description = "What the author's side may be told: whether the message was received only when the recipient agreed")
public record AuthorCopy(
        @Schema(required = true) UUID messageId,
        @Schema(required = true) MessageKind kind,
        @Schema(required = true, enumeration = { "IN_PREPARATION", "SENT", "NOT_SENT", "RECEIVED" }, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "RECEIVED only when the recipient agreed that the author may know; otherwise a delivered message stays SENT") String status) {
}
