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
    /** How it ended, given with the outcome summary when closing; kept in history when reopened, like the summary. */
    @Enumerated(EnumType.STRING)
    public ClosureOutcome closureOutcome;
    @Column(updatable = false)
    public Instant openedAt;
    @Column(updatable = false)
    public String openedBy;
    public Instant closedAt;
    @Version
    public long version;
    public Instant updatedAt;
    /** When the retention schedule disposed of it (ro.privacy): only a tombstone for the statistics is left. Written by disposal alone. */
    @Column(insertable = false, updatable = false)
    public Instant disposedAt;

    public static CaseFile open(String by, Instant at) {
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.stage = CaseStage.PREPARATION;
        c.openedAt = at;
        c.openedBy = by;
        c.updatedAt = at;
        return c;
    }

    /**
     * Moves to another stage if the policy allows it; closing records the outcome (its summary and how the
     * case ended), reopening keeps it in history.
     */
    public void moveTo(CaseStage to, String outcomeSummary, ClosureOutcome closureOutcome, Instant at) {
        CaseStagePolicy.mayMove(stage, to, outcomeSummary, closureOutcome).orRefuse();
        if (to == CaseStage.CLOSED) {
            this.outcomeSummary = outcomeSummary.strip();
            this.closureOutcome = closureOutcome;
            this.closedAt = at;
        } else if (stage == CaseStage.CLOSED) {
            this.closedAt = null;
        }
        this.stage = to;
        this.updatedAt = at;
    }
}
