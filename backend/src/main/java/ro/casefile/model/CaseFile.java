package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

/** A restorative process: opened from accepted referrals, worked by one or two mediators. */
@Entity
public class CaseFile {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public CaseStage stage;
    public String outcomeSummary;
    @Column(updatable = false)
    public Instant openedAt;
    @Column(updatable = false)
    public String openedBy;
    public Instant closedAt;
    @Version
    public long version;
    public Instant updatedAt;

    public static CaseFile open(String by, Instant at) {
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.stage = CaseStage.PREPARATION;
        c.openedAt = at;
        c.openedBy = by;
        c.updatedAt = at;
        return c;
    }

    /** Moves to another stage if the policy allows it; closing records the outcome, reopening keeps it in history. */
    public void moveTo(CaseStage to, String outcomeSummary, Instant at) {
        CaseStagePolicy.mayMove(stage, to, outcomeSummary).orRefuse();
        if (to == CaseStage.CLOSED) {
            this.outcomeSummary = outcomeSummary.strip();
            this.closedAt = at;
        } else if (stage == CaseStage.CLOSED) {
            this.closedAt = null;
        }
        this.stage = to;
        this.updatedAt = at;
    }
}
