package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * What a participant said of the process once the case closed, as staff recorded it for them: four
 * statements answered on a scale (or declined) and free text. Recorded once per participant and case.
 */
@Entity
@Immutable
public class ParticipantFeedback {

    @Id
    public UUID id;
    public UUID caseId;
    public UUID participantId;
    @Enumerated(EnumType.STRING)
    public FeedbackAnswer feltSafe;
    @Enumerated(EnumType.STRING)
    public FeedbackAnswer feltHeard;
    @Enumerated(EnumType.STRING)
    public FeedbackAnswer needsMet;
    @Enumerated(EnumType.STRING)
    public FeedbackAnswer wouldRecommend;
    public String comments;
    public Instant recordedAt;
    public String recordedBy;

    protected ParticipantFeedback() {
    }

    /** The answers in the order of the statements: felt safe, felt heard, needs met, would recommend. */
    public ParticipantFeedback(UUID caseId, UUID participantId, FeedbackAnswer[] answers, String comments, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.participantId = participantId;
        this.feltSafe = answers[0];
        this.feltHeard = answers[1];
        this.needsMet = answers[2];
        this.wouldRecommend = answers[3];
        this.comments = comments;
        this.recordedBy = by;
        this.recordedAt = at;
    }
}
