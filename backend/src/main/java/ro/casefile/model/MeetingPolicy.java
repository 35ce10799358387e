package ro.casefile.model;

import java.util.List;

import ro.rules.Refusal;

/**
 * When a face-to-face meeting can be scheduled (or held): the case is open and not on safety hold,
 * face-to-face is one of its chosen ways, every no-contact condition has been reviewed by a
 * coordinator, and every attending participant is active and has consented to meeting.
 */
public final class MeetingPolicy {

    /** An attending participant: whether they are active and whether their latest consent to meet is given. */
    public record Attending(String name, boolean active, boolean consentsToMeet) {
    }

    private MeetingPolicy() {
    }

    public static void check(CaseStage stage, boolean onHold, boolean faceToFaceChosen, boolean noContactReviewPending,
            List<Attending> attending) {
        if (stage == CaseStage.CLOSED) {
            throw new Refusal("meeting.case-closed");
        }
        if (onHold) {
            throw new Refusal("meeting.safety-hold");
        }
        if (noContactReviewPending) {
            throw new Refusal("meeting.no-contact-review-pending");
        }
        if (!faceToFaceChosen) {
            throw new Refusal("meeting.face-to-face-not-chosen");
        }
        if (attending.isEmpty()) {
            throw new Refusal("meeting.no-participant");
        }
        for (Attending a : attending) {
            if (!a.active()) {
                throw new Refusal("meeting.participant-withdrawn", a.name());
            }
            if (!a.consentsToMeet()) {
                throw new Refusal("meeting.participant-no-consent", a.name());
            }
        }
    }
}
