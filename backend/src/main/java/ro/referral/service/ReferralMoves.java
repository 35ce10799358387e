package ro.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.referral.model.Referral;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;
import ro.rules.StateMoves;
import ro.rules.StateMoves.Kind;
import ro.rules.StateMoves.Move;

/**
 * Reports a referral's state moves, in the move's transaction. A referral an integration submitted is
 * reported to it as {@code GET /api/offender-referrals} shows it (DORMANT as SUBMITTED, its submission date
 * and, once accepted or declined, its decision date); a move it cannot see there (DORMANT to SUBMITTED, a
 * match) is reported to the program alone, with the states as they are.
 */
@ApplicationScoped
public class ReferralMoves {

    @Inject
    StateMoves moves;

    /** A new referral, in the state it was recorded in (SUBMITTED, or DORMANT when nobody is on the other side yet). */
    public void created(Referral r) {
        report(r, null);
    }

    /** A move from this state, reported when the state changed. */
    public void moved(Referral r, ReferralState from) {
        if (from != r.state) {
            report(r, from);
        }
    }

    private void report(Referral r, ReferralState from) {
        String integration = r.source == ReferralSource.INTEGRATION ? r.submittedByUsername : null;
        boolean seen = integration != null && shown(r.state) != shown(from);
        ReferralState state = seen ? shown(r.state) : r.state;
        ReferralState previous = seen ? shown(from) : from;
        boolean decided = r.state == ReferralState.ACCEPTED || r.state == ReferralState.DECLINED;
        moves.moved(Move.of(Kind.REFERRAL_STATE_CHANGED, r.id, state, previous, r.updatedAt)
                .with("submittedAt", r.createdAt).with("decidedAt", decided ? r.decidedAt : null)
                .toIntegration(seen ? integration : null));
    }

    /** The state its submitter is shown: a referral kept on file shows as SUBMITTED. */
    static ReferralState shown(ReferralState state) {
        return state == ReferralState.DORMANT ? ReferralState.SUBMITTED : state;
    }
}
