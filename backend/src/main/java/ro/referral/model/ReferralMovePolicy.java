package ro.referral.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ro.rules.Decision;

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

    /**
     * The states in which a referral is being assessed: a coordinator may assign a mediator to its
     * assessment (change or remove them), and that mediator reaches it only while it stays in one of them.
     */
    public static final Set<ReferralState> ASSESSED = Set.copyOf(EnumSet.of(ReferralState.SUBMITTED, ReferralState.UNDER_ASSESSMENT));

    private ReferralMovePolicy() {
    }

    /** A mediator is assigned to (or removed from) a referral's assessment only while it is being assessed. */
    public static Decision mayAssignAssessor(ReferralState state) {
        return ASSESSED.contains(state) ? Decision.allowed() : Decision.refused("referral.assessor.closed", state.name());
    }

    /** Whether the move is legal from this state. */
    public static Decision mayMove(ReferralState from, Move move) {
        return FROM.get(move).contains(from) ? Decision.allowed() : Decision.refused("referral.move.illegal", move.name(), from.name());
    }

    /** The state a legal move leads to. */
    public static ReferralState target(Move move) {
        return TO.get(move);
    }

    /**
     * Accepting is a legal move from here, the referral is known to be eligible (a federal sentence), and
     * its current suitability assessment is finalised and SUITABLE.
     */
    public static Decision mayAccept(ReferralState from, Optional<SuitabilityOutcome> currentFinalisedOutcome, FederalSentence sentence) {
        return mayMove(from, Move.ACCEPT)
                .and(() -> sentence == FederalSentence.UNKNOWN ? Decision.refused("referral.accept.eligibility-unknown")
                        : sentence == FederalSentence.NO ? Decision.refused("referral.accept.not-eligible") : Decision.allowed())
                .and(() -> currentFinalisedOutcome.isEmpty() ? Decision.refused("referral.accept.no-assessment")
                        : currentFinalisedOutcome.get() != SuitabilityOutcome.SUITABLE
                                ? Decision.refused("referral.accept.not-suitable", currentFinalisedOutcome.get().name())
                                : Decision.allowed());
    }

    /** Eligibility is recorded while the referral is open (dormant, submitted or under assessment). */
    public static Decision mayRecordEligibility(ReferralState state) {
        return FROM.get(Move.WITHDRAW).contains(state) ? Decision.allowed() : Decision.refused("referral.eligibility.decided", state.name());
    }

    /**
     * Whether the action may be done now: the move's own decision (accepting asks for the current
     * finalised outcome; declining's reason comes with the call, so only the move's legality is known).
     */
    public static Decision mayDo(ReferralAction action, ReferralState from, Optional<SuitabilityOutcome> currentFinalisedOutcome,
            FederalSentence sentence) {
        return switch (action) {
            case START_ASSESSMENT -> mayMove(from, Move.START_ASSESSMENT);
            case ACCEPT -> mayAccept(from, currentFinalisedOutcome, sentence);
            case DECLINE -> mayMove(from, Move.DECLINE);
            case WITHDRAW -> mayMove(from, Move.WITHDRAW);
        };
    }

    /**
     * Declining is a legal move from here, a decline for another reason says what it is, and a decline as
     * not eligible is made only of a referral known not to be eligible (no federal sentence).
     */
    public static Decision mayDecline(ReferralState from, DeclineReason reason, String details, FederalSentence sentence) {
        return mayMove(from, Move.DECLINE).and(() -> reason == DeclineReason.OTHER && (details == null || details.isBlank())
                ? Decision.refused("referral.decline.other-needs-details") : Decision.allowed())
                .and(() -> reason == DeclineReason.NOT_ELIGIBLE && sentence != FederalSentence.NO
                        ? Decision.refused("referral.decline.not-eligible-needs-no", sentence.name()) : Decision.allowed());
    }
}
