package ro.relay.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.DeliveryMethod;
import ro.relay.model.MessageAction;
import ro.relay.model.MessageKind;
import ro.relay.model.MessageState;
import ro.relay.model.PartDecision;
import ro.security.StaffName;

@Schema(description = "A message as the case's mediators and coordinators see it: the original and the approved version")
public record MessageView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID caseId,
        @Schema(required = true) MessageKind kind,
        @Schema(required = true) UUID authorId,
        @Schema(required = true) UUID recipientId,
        @Schema(required = true) MessageState state,
        @Schema(required = true, description = "Held because the author or the recipient withdrew, or withdrew consent to this kind of message") boolean held,
        @Schema(maxLength = 20000, nullable = true) String originalText,
        @Schema(nullable = true) FileView originalFile,
        @Schema(maxLength = 20000, nullable = true) String redactedText,
        @Schema(nullable = true) FileView redactedFile,
        @Schema(nullable = true, description = "What the approval decided for the text: relayed as is or redacted") PartDecision textDecision,
        @Schema(nullable = true, description = "What the approval decided for the file: relayed as is or the redacted file") PartDecision fileDecision,
        @Schema(nullable = true, maxLength = 100, description = "Who stated that the file was checked for contact details and whereabouts") String fileCheckedBy,
        @Schema(nullable = true, description = "Who checked the file, as people call them") StaffName fileCheckedByName,
        @Schema(nullable = true, description = "When they stated it") Instant fileCheckedAt,
        @Schema(nullable = true, maxLength = 100, description = "Who approved it (username); none before approval, or for a message approved before this was recorded") String approvedBy,
        @Schema(nullable = true, description = "Who approved it, as people call them") StaffName approvedByName,
        @Schema(nullable = true, description = "When it was approved") Instant approvedAt,
        @Schema(maxLength = 4000, nullable = true) String returnComments,
        @Schema(maxLength = 4000, nullable = true) String withholdReason,
        @Schema(nullable = true) DeliveryMethod deliveryMethod,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) Boolean authorMayKnow,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, maxLength = 100) String createdBy,
        @Schema(required = true, description = "Who recorded it, as people call them") StaffName createdByName,
        @Schema(required = true, maxItems = 7, description = "What the caller may do with the message now, as the server's rules decide") List<MessageAction> allowedActions) {
}
