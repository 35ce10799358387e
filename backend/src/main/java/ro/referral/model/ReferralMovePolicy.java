package ro.referral.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ro.rules.Refusal;

/**
 * The legal moves of a referral: SUBMITTED → UNDER_ASSESSMENT → ACCEPTED or DECLINED; WITHDRAWN at
 * any time before a decision; a DORMANT referral becomes SUBMITTED when it is matched. Accepting
 * needs a finalised suitability assessment whose outcome is SUITABLE. Anything else is refused.
 */
public final class ReferralMovePolicy {

    public enum Move {
        MATCH, START_ASSESSMENT, ACCEPT, DECLINE, WITHDRAW
    }

    private static final Map<Move, Set<ReferralState>> FROM = Map.of(
            Move.MATCH, EnumSet.of(ReferralState.DORMANT),
            Move.START_ASSESSMENT, EnumSet.of(ReferralState.SUBMITTED),
            Move.ACCEPT, EnumSet.of(ReferralState.UNDER_ASSESSMENT),
            Move.DECLINE, EnumSet.of(ReferralState.UNDER_ASSESSMENT),
            Move.WITHDRAW, EnumSet.of(ReferralState.DORMANT, ReferralState.SUBMITTED, ReferralState.UNDER_ASSESSMENT));

    private static final Map<Move, ReferralState> TO = Map.of(
            Move.MATCH, ReferralState.SUBMITTED,
            Move.START_ASSESSMENT, ReferralState.UNDER_ASSESSMENT,
            Move.ACCEPT, ReferralState.ACCEPTED,
            Move.DECLINE, ReferralState.DECLINED,
            Move.WITHDRAW, ReferralState.WITHDRAWN);

    private ReferralMovePolicy() {
    }

    /** The state a move leads to, or the refusal when it is not legal from here. */
    public static ReferralState target(ReferralState from, Move move) {
        if (!FROM.get(move).contains(from)) {
            throw new Refusal("referral.move.illegal", move.name(), from.name());
        }
        return TO.get(move);
    }

    /** Accepting needs the referral's current suitability assessment to be finalised and SUITABLE. */
    public static Optional<Refusal> acceptance(Optional<SuitabilityOutcome> currentFinalisedOutcome) {
        if (currentFinalisedOutcome.isEmpty()) {
            return Optional.of(new Refusal("referral.accept.no-assessment"));
        }
        if (currentFinalisedOutcome.get() != SuitabilityOutcome.SUITABLE) {
            return Optional.of(new Refusal("referral.accept.not-suitable", currentFinalisedOutcome.get().name()));
        }
        return Optional.empty();
    }
}
