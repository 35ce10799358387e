package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ro.rules.Refusal;

/** A face-to-face meeting of a case. */
@Entity
public class Meeting extends CaseRecord {

    public String institution;
    /** The institution chosen from the list, when one was; {@link #institution} holds its name, or the text given. */
    public UUID institutionId;
    public Instant scheduledFor;
    public String safetyPlan;
    @Enumerated(EnumType.STRING)
    public MeetingState state;
    public String outcome;
    public String agreements;
    public String cancelReason;

    public enum MeetingState {
        SCHEDULED, HELD, CANCELLED
    }

    public static Meeting schedule(UUID caseId, String institution, Instant when, String safetyPlan, String by, Instant at) {
        Meeting m = new Meeting();
        m.created(caseId, by, at);
        m.institution = institution;
        m.scheduledFor = when;
        m.safetyPlan = safetyPlan;
        m.state = MeetingState.SCHEDULED;
        return m;
    }

    public void held(String outcome, String agreements, Instant at) {
        end(MeetingState.HELD, at);
        this.outcome = outcome;
        this.agreements = agreements;
    }

    public void cancel(String reason, Instant at) {
        end(MeetingState.CANCELLED, at);
        this.cancelReason = reason;
    }

    /** Held or cancelled: only a scheduled meeting ends, once. */
    private void end(MeetingState to, Instant at) {
        if (state != MeetingState.SCHEDULED) {
            throw new Refusal("meeting.not-scheduled", state.name());
        }
        this.state = to;
        this.updatedAt = at;
    }
}
