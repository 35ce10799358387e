package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

import ro.rules.Refusal;

/** A face-to-face meeting of a case. */
@Entity
public class Meeting {

    @Id
    public UUID id;
    @Column(updatable = false)
    public UUID caseId;
    public String institution;
    public Instant scheduledFor;
    public String safetyPlan;
    @Enumerated(EnumType.STRING)
    public MeetingState state;
    public String outcome;
    public String agreements;
    public String cancelReason;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    @Column(updatable = false)
    public String createdBy;
    public Instant updatedAt;

    public enum MeetingState {
        SCHEDULED, HELD, CANCELLED
    }

    public static Meeting schedule(UUID caseId, String institution, Instant when, String safetyPlan, String by, Instant at) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.caseId = caseId;
        m.institution = institution;
        m.scheduledFor = when;
        m.safetyPlan = safetyPlan;
        m.state = MeetingState.SCHEDULED;
        m.createdAt = at;
        m.createdBy = by;
        m.updatedAt = at;
        return m;
    }

    public void held(String outcome, String agreements, Instant at) {
        if (state != MeetingState.SCHEDULED) {
            throw new Refusal("meeting.not-scheduled", state.name());
        }
        this.state = MeetingState.HELD;
        this.outcome = outcome;
        this.agreements = agreements;
        this.updatedAt = at;
    }

    public void cancel(String reason, Instant at) {
        if (state != MeetingState.SCHEDULED) {
            throw new Refusal("meeting.not-scheduled", state.name());
        }
        this.state = MeetingState.CANCELLED;
        this.cancelReason = reason;
        this.updatedAt = at;
    }
}
