package ro.casefile.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseStage;
import ro.casefile.model.Meeting;
import ro.casefile.model.Meeting.MeetingState;
import ro.rules.StateMoves;
import ro.rules.StateMoves.Kind;
import ro.rules.StateMoves.Move;

/**
 * Reports the state moves of a case (its stage, its safety hold) and of its meetings, in the move's transaction,
 * to the program alone: nothing of a case ever leaves the program.
 */
@ApplicationScoped
public class CaseMoves {

    /** How a case stands as to its safety hold, as an event says it. */
    enum Hold {
        ON_HOLD, CLEAR
    }

    @Inject
    StateMoves moves;
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    Clock clock;

    /** Opened (in PREPARATION), or moved from this stage (opened, every move, closed, reopened). */
    void staged(CaseFile c, CaseStage from) {
        report(Move.of(Kind.CASE_STAGE_CHANGED, c.id, c.stage, from, c.updatedAt).with("closedAt", c.closedAt));
    }

    /** Scheduled, or moved from this state (held, cancelled). */
    void meeting(Meeting m, MeetingState from) {
        report(Move.of(Kind.MEETING_STATE_CHANGED, m.id, m.state, from, m.updatedAt).inCase(m.caseId));
    }

    /**
     * Makes a change that may put the case on safety hold or clear it (the hold is derived: a finalised safety
     * assessment, a participant withdrawing or rejoining), flushed, and reports the hold set or lifted.
     */
    void changingHold(CaseFile c, Runnable change) {
        Hold before = hold(c);
        change.run();
        cases.flush();
        Hold after = hold(c);
        if (after != before) {
            report(Move.of(after == Hold.ON_HOLD ? Kind.SAFETY_HOLD_SET : Kind.SAFETY_HOLD_LIFTED, c.id, after, before,
                    Instant.now(clock)).inCase(c.id));
        }
    }

    private Hold hold(CaseFile c) {
        return access.situationOf(c).onSafetyHold() ? Hold.ON_HOLD : Hold.CLEAR;
    }

    private void report(Move move) {
        if (move.changed()) {
            moves.moved(move);
        }
    }
}
