package ro.casefile.model;

import java.util.List;
import java.util.UUID;

import ro.rules.Decision;

/**
 * When a face-to-face meeting can be scheduled (or held): the case is open and not on safety hold,
 * face-to-face is one of its chosen ways, every no-contact condition has been reviewed by a
 * coordinator, and every attending participant is active and has consented to meeting.
 */
public final class MeetingPolicy {

    /** A participant of the case who would attend, named as the refusal names them. */
    public record Attendee(UUID participantId, String name) {
    }

    private MeetingPolicy() {
    }

    public static Decision mayScheduleMeeting(CaseSituation situation, List<Attendee> attending) {
        return mayMeetInCase(situation).and(() -> mayAttend(situation, attending));
    }

    /** What the case itself needs before any meeting (a read offers scheduling only when this allows). */
    public static Decision mayMeetInCase(CaseSituation situation) {
        if (situation.stage() == CaseStage.CLOSED) {
            return Decision.refused("meeting.case-closed");
        }
        if (situation.onSafetyHold()) {
            return Decision.refused("meeting.safety-hold");
        }
        if (situation.noContactReviewPending()) {
            return Decision.refused("meeting.no-contact-review-pending");
        }
        if (!situation.waysInclude(Way.FACE_TO_FACE)) {
            return Decision.refused("meeting.face-to-face-not-chosen");
        }
        return Decision.allowed();
    }

    private static Decision mayAttend(CaseSituation situation, List<Attendee> attending) {
        if (attending.isEmpty()) {
            return Decision.refused("meeting.no-participant");
        }
        for (Attendee a : attending) {
            if (!situation.isActive(a.participantId())) {
                return Decision.refused("meeting.participant-withdrawn", a.name());
            }
            if (!situation.consents(a.participantId(), Way.FACE_TO_FACE)) {
                return Decision.refused("meeting.participant-no-consent", a.name());
            }
        }
        return Decision.allowed();
    }
}
