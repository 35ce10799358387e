package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

/** A participant of a case and whether they take part now: withdrawal is respected at once. */
@Entity
public class CaseParticipant {

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public Side side;
    @Enumerated(EnumType.STRING)
    public ParticipationStatus status;
    public Instant statusSince;
    /** When they joined: the opening for those of its referrals, later for a person added to the open case. */
    public Instant joinedAt;
    /** Who added them to the open case; none for those who came with the referrals it was opened from. */
    public String addedBy;
    /** For a support person: the participant of the case (on the same side) they support. */
    @Column(name = "supports_participant_id")
    public UUID supports;

    @Embeddable
    public record Key(UUID caseId, UUID participantId)
            implements java.io.Serializable {
    }

    public static CaseParticipant joining(UUID caseId, UUID participantId, Side side, Instant at) {
        CaseParticipant p = new CaseParticipant();
        p.key = new Key(caseId, participantId);
        p.side = side;
        p.status = ParticipationStatus.ACTIVE;
        p.statusSince = at;
        p.joinedAt = at;
        return p;
    }

    /** A person added to the open case by a coordinator (see {@link JoiningPolicy}); a support person names whom they support. */
    public static CaseParticipant addedLater(UUID caseId, UUID participantId, Side side, UUID supports, String by, Instant at) {
        CaseParticipant p = joining(caseId, participantId, side, at);
        p.supports = supports;
        p.addedBy = by;
        return p;
    }

    /** Needs no reason and takes effect at once. */
    public void withdraw(Instant at) {
        if (status == ParticipationStatus.WITHDRAWN) {
            throw new ro.rules.Refusal("case.participant.already-withdrawn");
        }
        status = ParticipationStatus.WITHDRAWN;
        statusSince = at;
    }

    public void rejoin(Instant at) {
        if (status == ParticipationStatus.ACTIVE) {
            throw new ro.rules.Refusal("case.participant.already-active");
        }
        status = ParticipationStatus.ACTIVE;
        statusSince = at;
    }

    public boolean isActive() {
        return status == ParticipationStatus.ACTIVE;
    }
}
