package ro.relay.model;

import java.util.ArrayList;
import java.util.List;

import ro.rules.Breach;

/**
 * The reviewer's decision on every part of a message: its text relayed as it is or as a redacted text, its
 * file (scan or video) as it is or as the redacted file uploaded before, and, since no one can read a file
 * for the reviewer, their statement that the file was checked for contact details and whereabouts.
 */
public record ApprovalDecision(PartDecision text, String redactedText, PartDecision file, boolean fileChecked) {

    /** The parts a message has, and whether a redacted file was uploaded for it. */
    public record Parts(boolean text, boolean file, boolean redactedFileUploaded) {
    }

    /** What is wrong with this decision for a message of these parts: nothing when every part, and only those, is decided. */
    public List<Breach> breachesFor(Parts parts) {
        List<Breach> breaches = new ArrayList<>();
        if (!parts.text()) {
            if (text != null || redactedText != null) {
                breaches.add(new Breach(text != null ? "textDecision" : "redactedText", "NoSuchPart", "message.approve.no-text"));
            }
        } else if (text == null) {
            breaches.add(new Breach("textDecision", "Undecided", "message.approve.text-undecided"));
        } else if (text == PartDecision.REDACTED && redactedText == null) {
            breaches.add(new Breach("redactedText", "RequiredWhenRedacted", "message.approve.redacted-text-missing"));
        } else if (text == PartDecision.AS_IS && redactedText != null) {
            breaches.add(new Breach("redactedText", "Contradictory", "message.approve.text-as-is-with-redaction"));
        }
        if (!parts.file()) {
            if (file != null) {
                breaches.add(new Breach("fileDecision", "NoSuchPart", "message.approve.no-file"));
            }
            return breaches;
        }
        if (file == null) {
            breaches.add(new Breach("fileDecision", "Undecided", "message.approve.file-undecided"));
        } else if (file == PartDecision.REDACTED && !parts.redactedFileUploaded()) {
            breaches.add(new Breach("fileDecision", "RedactedFileMissing", "message.approve.redacted-file-missing"));
        } else if (file == PartDecision.AS_IS && parts.redactedFileUploaded()) {
            breaches.add(new Breach("fileDecision", "Contradictory", "message.approve.file-as-is-with-redaction"));
        }
        if (!fileChecked) {
            breaches.add(new Breach("fileCheckedForContactDetails", "StatementRequired", "message.approve.file-not-checked"));
        }
        return breaches;
    }

    /** The text relayed under this decision, given the original. */
    String relayedText(String originalText) {
        if (text == null) {
            return null;
        }
        return text == PartDecision.REDACTED ? redactedText : originalText;
    }

    /** The field that answers for the relayed text: the redacted text, or the decision to relay the original as it is. */
    String textField() {
        return text == PartDecision.REDACTED ? "redactedText" : "textDecision";
    }

    /** The names of the message's fields this decision sets (for the audit trail, never their values). */
    public List<String> fieldsSet() {
        List<String> fields = new ArrayList<>();
        if (text != null) {
            fields.addAll(List.of("textDecision", "redactedText"));
        }
        if (file != null) {
            fields.addAll(List.of("fileDecision", "fileCheckedBy", "fileCheckedAt"));
        }
        return fields;
    }
}
