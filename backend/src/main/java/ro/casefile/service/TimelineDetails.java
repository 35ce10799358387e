package ro.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.CaseStage;
import ro.casefile.model.ConsentForm;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.Way;
import ro.security.StaffName;

/**
 * What a timeline entry says, as codes, dates and ids the portal words in the reader's language; only the fields
 * of its {@code wording} are set. Never a message's text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What a timeline entry says, as codes, dates and ids (only the fields its `wording` uses are present); never a message's text")
public record TimelineDetails(
        @Schema(required = true, maxLength = 60, description = "What happened, more precisely than `kind`: OPENED, MEDIATORS, STAGE, WAYS, CONSENT_HOW, CONSENT_WITHDRAWN_HOW, WITHDRAWN, REJOINED, JOINED_VICTIM, JOINED_FAMILY_MEMBER, JOINED_SUPPORT_PERSON, MEETING_SCHEDULED, MEETING_HELD, MEETING_CANCELLED, MEETING_CANCELLED_WITHDRAWAL, MEETING_CANCELLED_CONSENT, SAFETY_ASSESSMENT, SAFETY_ASSESSMENT_NOT_SAFE, MESSAGE_RECORDED, MESSAGE_SUBMITTED, MESSAGE_APPROVED, MESSAGE_RETURNED, MESSAGE_WITHHELD, MESSAGE_DELIVERED, MESSAGE_ACKNOWLEDGED, DISPOSED") String wording,
        @Schema(description = "OPENED: how many referrals the case was opened from") Integer referrals,
        @Schema(maxItems = 2, description = "OPENED, MEDIATORS: the mediators assigned") List<StaffName> mediators,
        @Schema(description = "STAGE: the stage moved from") CaseStage from,
        @Schema(description = "STAGE: the stage moved to") CaseStage to,
        @Schema(maxItems = 4, description = "WAYS: the ways chosen (none: empty)") List<Way> ways,
        @Schema(description = "CONSENT_*: the way consented to") Way way,
        @Schema(description = "CONSENT_*: how it was given or withdrawn") ConsentForm how,
        @Schema(maxLength = 300, description = "The participant the event is about, as named when it happened") String participant,
        @Schema(description = "WITHDRAWN, REJOINED: the participant's id") UUID participantId,
        @Schema(maxLength = 300, description = "JOINED_SUPPORT_PERSON: the participant they support") String supported,
        @Schema(maxLength = 300, description = "MEETING_SCHEDULED: where") String institution,
        @Schema(description = "MEETING_*: when the meeting is (was) scheduled for") Instant meetingAt,
        @Schema(description = "SAFETY_ASSESSMENT*: the risk level found") RiskLevel riskLevel,
        @Schema(description = "SAFETY_ASSESSMENT*: when the next one is due") LocalDate nextDue,
        @Schema(description = "MESSAGE_*: the message") UUID messageId,
        @Schema(maxLength = 40, description = "MESSAGE_*: its kind (LETTER, AUDIO, VIDEO, ...)") String messageKind,
        @Schema(description = "MESSAGE_*: the author (a participant)") UUID authorId,
        @Schema(maxLength = 300, description = "MESSAGE_*: the author's name") String author,
        @Schema(description = "MESSAGE_*: the recipient (a participant)") UUID recipientId,
        @Schema(maxLength = 300, description = "MESSAGE_*: the recipient's name") String recipient) {

    /** Only the wording: the event says nothing more (e.g. a disposed case's events). */
    static TimelineDetails just(String wording) {
        return new Builder(wording).build();
    }

    /** Builds the details of one wording, field by field. */
    static final class Builder {
        final String wording;
        Integer referrals;
        List<StaffName> mediators;
        CaseStage from;
        CaseStage to;
        List<Way> ways;
        Way way;
        ConsentForm how;
        String participant;
        UUID participantId;
        String supported;
        String institution;
        Instant meetingAt;
        RiskLevel riskLevel;
        LocalDate nextDue;
        UUID messageId;
        String messageKind;
        UUID authorId;
        String author;
        UUID recipientId;
        String recipient;

        Builder(String wording) {
            this.wording = wording;
        }

        TimelineDetails build() {
            return new TimelineDetails(wording, referrals, mediators, from, to, ways, way, how, participant, participantId, supported,
                    institution, meetingAt, riskLevel, nextDue, messageId, messageKind, authorId, author, recipientId, recipient);
        }
    }
}
