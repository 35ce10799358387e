package ro.casefile.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ro.participant.ParticipantKind;
import ro.rules.Breach;
import ro.rules.Decision;

/**
 * Who may join a case after it opened, and on which side. A victim or a family member who comes
 * forward later joins the harmed side; a support person joins either side, supporting one active
 * participant of the case on that side (not another support person). An offender never joins later:
 * the offender comes into the program only through a correctional staff member's referral. Nobody
 * joins a closed case.
 */
public final class JoiningPolicy {

    /** The person who would join: who they are in the process, the side asked for, and whom a support person supports. */
    public record Joiner(UUID participantId, ParticipantKind kind, Side side, UUID supports) {

        public boolean isSupportPerson() {
            return kind == ParticipantKind.SUPPORT_PERSON;
        }
    }

    private JoiningPolicy() {
    }

    /** What is wrong with the request's form: whom a support person supports is named, and only for a support person. */
    public static List<Breach> breaches(CaseSituation situation, Joiner joiner) {
        List<Breach> breaches = new ArrayList<>();
        if (joiner.isSupportPerson() && joiner.supports() == null) {
            breaches.add(new Breach("supports", "NotNull", "case.join.supports.required"));
        } else if (!joiner.isSupportPerson() && joiner.supports() != null) {
            breaches.add(new Breach("supports", "SupportPersonOnly", "case.join.supports.support-person-only"));
        } else if (joiner.supports() != null && !situation.isParticipant(joiner.supports())) {
            breaches.add(new Breach("supports", "ParticipantOfTheCase", "case.join.supports.not-in-case"));
        }
        return breaches;
    }

    /** Whether the program allows this person to join this case now (the form being right: see {@link #breaches}). */
    public static Decision mayJoin(CaseSituation situation, Joiner joiner) {
        if (situation.stage() == CaseStage.CLOSED) {
            return Decision.refused("case.join.case-closed");
        }
        if (joiner.kind() == ParticipantKind.OFFENDER) {
            return Decision.refused("case.join.offender");
        }
        if (joiner.kind().isHarmedPerson() && joiner.side() != Side.HARMED) {
            return Decision.refused("case.join.harmed-side-only");
        }
        if (joiner.isSupportPerson()) {
            return maySupport(situation.member(joiner.supports()), joiner.side());
        }
        return Decision.allowed();
    }

    private static Decision maySupport(Optional<CaseSituation.Member> supported, Side side) {
        if (supported.isEmpty()) {
            return Decision.refused("case.join.supports.not-in-case");
        }
        CaseSituation.Member member = supported.get();
        if (member.isSupportPerson()) {
            return Decision.refused("case.join.supports.support-person");
        }
        if (!member.active()) {
            return Decision.refused("case.join.supports.withdrawn");
        }
        if (member.side() != side) {
            return Decision.refused("case.join.supports.other-side");
        }
        return Decision.allowed();
    }
}
