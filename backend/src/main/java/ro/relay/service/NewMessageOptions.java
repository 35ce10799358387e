package ro.relay.service;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.MessageKind;
import ro.rules.RefusedAction;

@Schema(description = "What a new message of the case may be now: for each author and a recipient on the other side, the kinds the rules allow (the recipient agreed to them)")
public record NewMessageOptions(
        @Schema(required = true, maxItems = 2500) List<Pair> pairs) {

    @Schema(name = "NewMessagePair", description = "An author and a recipient: the kinds a new message between them may take now, and why the others may not")
    public record Pair(
            @Schema(required = true) UUID authorId,
            @Schema(required = true) UUID recipientId,
            @Schema(required = true, maxItems = 3) List<MessageKind> allowedKinds,
            @Schema(required = true, maxItems = 3, description = "The other kinds, each with the reason recording it would be refused (action: the kind)") List<RefusedAction> refusedKinds) {
    }
}
