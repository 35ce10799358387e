package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The case as its rules see it: its stage, its participants (side, whether they take part now, the
 * ways each has consented to), the chosen ways, the safety hold and its reasons, and whether a
 * no-contact condition still waits for review. Loaded once per request; policies decide on it.
 */
public record CaseSituation(UUID caseId, CaseStage stage, List<Member> participants, Set<Way> ways,
        List<SafetyHoldPolicy.HoldReason> holdReasons, LocalDate nextSafetyReviewDue, boolean noContactReviewPending) {

    /**
     * A participant of the case: whether they take part now (and since when), the ways they consent
     * to now, and the ways they were asked and said no or withdrew their consent.
     */
    public record Member(UUID participantId, Side side, boolean active, Instant since, Set<Way> consents, Set<Way> declined,
            Joined joined) {

        /** A participant who came with the case's referrals, when it opened. */
        public Member(UUID participantId, Side side, boolean active, Instant since, Set<Way> consents, Set<Way> declined) {
            this(participantId, side, active, since, consents, declined, new Joined(since, null, null));
        }

        /** A support person takes part (consents, safety, meetings) but never writes or receives a message. */
        public boolean isSupportPerson() {
            return joined.supports() != null;
        }

        public ParticipationStatus status() {
            return active ? ParticipationStatus.ACTIVE : ParticipationStatus.WITHDRAWN;
        }

        public boolean consentsTo(Way way) {
            return consents.contains(way);
        }
    }

    /**
     * How a participant came into the case: when; who added them to the open case (none when they came
     * with its referrals); and, for a support person, the participant of the case they support.
     */
    public record Joined(Instant at, String addedBy, UUID supports) {

        public boolean later() {
            return addedBy != null;
        }
    }

    public CaseSituation {
        participants = List.copyOf(participants);
        ways = Set.copyOf(ways);
        holdReasons = List.copyOf(holdReasons);
    }

    /**
     * The situation of a case from its records: the hold is derived from each participant's latest
     * finalised safety assessment (see {@link SafetyHoldPolicy}), as of {@code today}.
     */
    public static CaseSituation of(UUID caseId, CaseStage stage, List<Member> participants, Set<Way> ways,
            Map<UUID, SafetyHoldPolicy.Latest> latestSafety, boolean noContactReviewPending, LocalDate today) {
        List<SafetyHoldPolicy.HoldReason> reasons = SafetyHoldPolicy.reasons(participants.stream()
                .map(p -> new SafetyHoldPolicy.ParticipantSafety(p.participantId(), p.active(),
                        Optional.ofNullable(latestSafety.get(p.participantId()))))
                .toList(), today);
        LocalDate nextDue = participants.stream().filter(Member::active).map(p -> latestSafety.get(p.participantId()))
                .filter(l -> l != null).map(SafetyHoldPolicy.Latest::nextDue).min(Comparator.naturalOrder()).orElse(null);
        return new CaseSituation(caseId, stage, participants, ways, reasons, nextDue, noContactReviewPending);
    }

    public boolean onSafetyHold() {
        return !holdReasons.isEmpty();
    }

    public Optional<Member> member(UUID participantId) {
        return participants.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    public boolean isParticipant(UUID participantId) {
        return member(participantId).isPresent();
    }

    /** Whether this participant of the case takes part now; false for anyone not of the case. */
    public boolean isActive(UUID participantId) {
        return member(participantId).map(Member::active).orElse(false);
    }

    public boolean consents(UUID participantId, Way way) {
        return member(participantId).map(m -> m.consentsTo(way)).orElse(false);
    }

    public boolean waysInclude(Way way) {
        return ways.contains(way);
    }

    /** The participants not on this participant's side (none when they are not of the case). */
    public List<UUID> otherSideOf(UUID participantId) {
        return member(participantId).map(Member::side)
                .map(side -> participants.stream().filter(p -> p.side() != side).map(Member::participantId).toList())
                .orElse(List.of());
    }

    /** Whether this participant of the case is a support person: false for anyone not of the case. */
    public boolean isSupportPerson(UUID participantId) {
        return member(participantId).map(Member::isSupportPerson).orElse(false);
    }

    public List<UUID> participantIds() {
        return participants.stream().map(Member::participantId).toList();
    }
}
