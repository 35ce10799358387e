package ro.relay.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.relay.model.ApprovalDecision;
import ro.relay.model.PartDecision;
import ro.rules.Text;

@Schema(description = "Approval decides every part the message has, and only those (422 otherwise): its text relayed as is or as "
        + "`redactedText`; its file as is or as the redacted file uploaded before approving. A file cannot be read by the API: "
        + "approving one needs the reviewer's statement that it was checked for contact details and whereabouts. The text to relay "
        + "is screened for the author's side's recorded contact details (422, naming them masked).")
public record Approval(
        @Schema(nullable = true, description = "Required when the message has text, refused otherwise") PartDecision textDecision,
        @Size(max = 20000) @Schema(maxLength = 20000, nullable = true, description = "The text relayed instead of the original; with textDecision REDACTED only") String redactedText,
        @Schema(nullable = true, description = "Required when the message has a file, refused otherwise; REDACTED needs the redacted file uploaded, AS_IS is refused once one was") PartDecision fileDecision,
        @Schema(nullable = true, description = "Required (true) when the message has a file: the reviewer checked it for contact details and whereabouts") Boolean fileCheckedForContactDetails) {

    ApprovalDecision decision() {
        return new ApprovalDecision(textDecision, Text.blankToNull(redactedText), fileDecision, Boolean.TRUE.equals(fileCheckedForContactDetails));
    }
}
