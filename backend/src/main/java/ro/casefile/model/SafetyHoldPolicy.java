package ro.casefile.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a case is on safety hold, derived and never set by hand: an active participant whose
 * latest finalised safety assessment is HIGH risk, or finds it not safe to proceed, or whose next
 * assessment is overdue, puts the case on hold until a new assessment clears it. Withdrawn
 * participants do not hold the case: nothing is delivered to or from them anyway.
 */
public final class SafetyHoldPolicy {

    public enum Reason {
        HIGH_RISK, NOT_SAFE_TO_PROCEED, REASSESSMENT_OVERDUE
    }

    /** One reason the case is on hold, naming the participant and, when overdue, the date it was due. */
    public record HoldReason(UUID participantId, Reason reason, LocalDate due) {
    }

    /** The latest finalised assessment of a participant. */
    public record Latest(RiskLevel risk, boolean notSafeToProceed, LocalDate nextDue) {
    }

    public record ParticipantSafety(UUID participantId, boolean active, Optional<Latest> latest) {
    }

    private SafetyHoldPolicy() {
    }

    public static List<HoldReason> reasons(List<ParticipantSafety> participants, LocalDate today) {
        List<HoldReason> reasons = new ArrayList<>();
        for (ParticipantSafety p : participants) {
            if (!p.active() || p.latest().isEmpty()) {
                continue;
            }
            Latest latest = p.latest().get();
            if (latest.risk() == RiskLevel.HIGH) {
                reasons.add(new HoldReason(p.participantId(), Reason.HIGH_RISK, null));
            }
            if (latest.notSafeToProceed()) {
                reasons.add(new HoldReason(p.participantId(), Reason.NOT_SAFE_TO_PROCEED, null));
            }
            if (latest.nextDue().isBefore(today)) {
                reasons.add(new HoldReason(p.participantId(), Reason.REASSESSMENT_OVERDUE, latest.nextDue()));
            }
        }
        return reasons;
    }
}
