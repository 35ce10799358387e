package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

import org.hibernate.annotations.Immutable;

/** One event of a case timeline: stage moves, ways, consents, withdrawals and rejoins, assessments, meetings. */
@Entity
@Immutable
public class CaseEvent {

    @Id
    public UUID id;
    public UUID caseId;
    @Column(insertable = false)
    public Long seq;
    public Instant at;
    public String actor;
    public String kind;
    public String summary;
    /** The codes the statistics count, never a name: the stage a STAGE event moved to and how a closure ended. */
    @Enumerated(EnumType.STRING)
    public CaseStage stage;
    @Enumerated(EnumType.STRING)
    public ClosureOutcome closureOutcome;
    /** The side of the participant a WITHDRAWN or REJOINED event is about. */
    @Enumerated(EnumType.STRING)
    public Side side;
    /** The participant a WITHDRAWN or REJOINED event is about (what an access request export finds them by). */
    public UUID participantId;

    public static CaseEvent of(UUID caseId, String kind, String summary, String actor, Instant at) {
        CaseEvent e = new CaseEvent();
        e.id = UUID.randomUUID();
        e.caseId = caseId;
        e.kind = kind;
        e.summary = summary;
        e.actor = actor;
        e.at = at;
        return e;
    }

    /** A STAGE event: the stage moved to, and how the case ended when it closed it (set before it is recorded). */
    public CaseEvent movedTo(CaseStage to, ClosureOutcome outcome) {
        this.stage = to;
        this.closureOutcome = to == CaseStage.CLOSED ? outcome : null;
        return this;
    }

    /** A withdrawal or rejoin: the participant's side (set before it is recorded). */
    public CaseEvent about(Side participantSide) {
        this.side = participantSide;
        return this;
    }

    /** A withdrawal or rejoin: the participant it is about (set before it is recorded). */
    public CaseEvent concerning(UUID participant) {
        this.participantId = participant;
        return this;
    }
}
