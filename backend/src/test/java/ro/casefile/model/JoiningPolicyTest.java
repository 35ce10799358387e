package ro.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.participant.ParticipantKind;
import ro.rules.Breach;
import ro.rules.Decision;

/** Who may join a case after it opened, and on which side. */
class JoiningPolicyTest {

    private static final Instant OPENED = Instant.parse("2026-10-01T09:00:00Z");
    private static final UUID ANNE = UUID.randomUUID();
    private static final UUID MARC = UUID.randomUUID();
    private static final UUID LUCIE = UUID.randomUUID();
    private static final UUID NEWCOMER = UUID.randomUUID();

    /** Anne (harmed) and Marc (offender) came with the referrals; Lucie joined later to support Anne. */
    private static CaseSituation situation(CaseStage stage, boolean anneActive) {
        List<CaseSituation.Member> members = List.of(
                new CaseSituation.Member(ANNE, Side.HARMED, anneActive, OPENED, Set.of(), Set.of()),
                new CaseSituation.Member(MARC, Side.OFFENDER, true, OPENED, Set.of(), Set.of()),
                new CaseSituation.Member(LUCIE, Side.HARMED, true, OPENED, Set.of(), Set.of(),
                        new CaseSituation.Joined(OPENED.plusSeconds(60), "coordinator1", ANNE)));
        return CaseSituation.of(UUID.randomUUID(), stage, members, Set.of(), Map.of(), false, LocalDate.of(2026, 11, 1));
    }

    private static CaseSituation open() {
        return situation(CaseStage.DIALOGUE, true);
    }

    private static Decision join(CaseSituation situation, ParticipantKind kind, Side side, UUID supports) {
        return JoiningPolicy.mayJoin(situation, new JoiningPolicy.Joiner(NEWCOMER, kind, side, supports));
    }

    private static String refusal(Decision decision) {
        return decision instanceof Decision.Refused r ? r.reasonKey() : "allowed";
    }

    private static List<String> breaches(ParticipantKind kind, UUID supports) {
        return JoiningPolicy.breaches(open(), new JoiningPolicy.Joiner(NEWCOMER, kind, Side.HARMED, supports)).stream()
                .map(b -> b.field() + ":" + b.rule()).toList();
    }

    @Test
    void a_family_member_who_comes_forward_later_joins_the_harmed_side_only() {
        assertThat(join(open(), ParticipantKind.FAMILY_MEMBER, Side.HARMED, null).isAllowed()).isTrue();
        assertThat(join(open(), ParticipantKind.VICTIM, Side.HARMED, null).isAllowed()).isTrue();
        assertThat(refusal(join(open(), ParticipantKind.FAMILY_MEMBER, Side.OFFENDER, null))).isEqualTo("case.join.harmed-side-only");
        assertThat(refusal(join(open(), ParticipantKind.VICTIM, Side.OFFENDER, null))).isEqualTo("case.join.harmed-side-only");
    }

    @Test
    void an_offender_never_joins_later_whatever_the_side_they_come_only_through_a_staff_referral() {
        assertThat(refusal(join(open(), ParticipantKind.OFFENDER, Side.OFFENDER, null))).isEqualTo("case.join.offender");
        assertThat(refusal(join(open(), ParticipantKind.OFFENDER, Side.HARMED, null))).isEqualTo("case.join.offender");
    }

    @Test
    void nobody_joins_a_closed_case_but_every_open_stage_takes_newcomers() {
        assertThat(refusal(join(situation(CaseStage.CLOSED, true), ParticipantKind.FAMILY_MEMBER, Side.HARMED, null)))
                .isEqualTo("case.join.case-closed");
        for (CaseStage stage : List.of(CaseStage.PREPARATION, CaseStage.DIALOGUE, CaseStage.FOLLOW_UP)) {
            assertThat(join(situation(stage, true), ParticipantKind.SUPPORT_PERSON, Side.HARMED, ANNE).isAllowed()).as(stage.name()).isTrue();
        }
    }

    @Test
    void a_support_person_joins_either_side_beside_the_active_participant_they_support() {
        assertThat(join(open(), ParticipantKind.SUPPORT_PERSON, Side.HARMED, ANNE).isAllowed()).isTrue();
        assertThat(join(open(), ParticipantKind.SUPPORT_PERSON, Side.OFFENDER, MARC).isAllowed()).isTrue();
        assertThat(refusal(join(open(), ParticipantKind.SUPPORT_PERSON, Side.OFFENDER, ANNE))).isEqualTo("case.join.supports.other-side");
        assertThat(refusal(join(situation(CaseStage.DIALOGUE, false), ParticipantKind.SUPPORT_PERSON, Side.HARMED, ANNE)))
                .isEqualTo("case.join.supports.withdrawn");
        assertThat(refusal(join(open(), ParticipantKind.SUPPORT_PERSON, Side.HARMED, LUCIE))).isEqualTo("case.join.supports.support-person");
    }

    @Test
    void whom_a_support_person_supports_is_named_for_a_support_person_only_and_must_be_of_the_case() {
        assertThat(breaches(ParticipantKind.SUPPORT_PERSON, null)).containsExactly("supports:NotNull");
        assertThat(breaches(ParticipantKind.FAMILY_MEMBER, ANNE)).containsExactly("supports:SupportPersonOnly");
        assertThat(breaches(ParticipantKind.SUPPORT_PERSON, UUID.randomUUID())).containsExactly("supports:ParticipantOfTheCase");
        assertThat(breaches(ParticipantKind.SUPPORT_PERSON, ANNE)).isEmpty();
        assertThat(breaches(ParticipantKind.VICTIM, null)).isEmpty();
    }

    @Test
    void a_support_person_is_known_as_such_in_the_situation_and_those_of_the_referrals_joined_when_it_opened() {
        CaseSituation s = open();
        assertThat(s.isSupportPerson(LUCIE)).isTrue();
        assertThat(s.isSupportPerson(ANNE)).isFalse();
        assertThat(s.isSupportPerson(NEWCOMER)).isFalse();
        assertThat(s.member(ANNE).orElseThrow().joined()).isEqualTo(new CaseSituation.Joined(OPENED, null, null));
        assertThat(s.member(ANNE).orElseThrow().joined().later()).isFalse();
        assertThat(s.member(LUCIE).orElseThrow().joined().later()).isTrue();
    }

    @Test
    void a_support_person_of_the_case_can_attend_a_meeting_like_any_active_consenting_participant() {
        List<CaseSituation.Member> members = List.of(
                new CaseSituation.Member(ANNE, Side.HARMED, true, OPENED, Set.of(Way.FACE_TO_FACE), Set.of()),
                new CaseSituation.Member(LUCIE, Side.HARMED, true, OPENED, Set.of(Way.FACE_TO_FACE), Set.of(),
                        new CaseSituation.Joined(OPENED, "coordinator1", ANNE)),
                new CaseSituation.Member(NEWCOMER, Side.HARMED, false, OPENED, Set.of(Way.FACE_TO_FACE), Set.of(),
                        new CaseSituation.Joined(OPENED, "coordinator1", ANNE)));
        CaseSituation s = CaseSituation.of(UUID.randomUUID(), CaseStage.DIALOGUE, members, Set.of(Way.FACE_TO_FACE), Map.of(), false,
                LocalDate.of(2026, 11, 1));
        assertThat(MeetingPolicy.mayScheduleMeeting(s, List.of(new MeetingPolicy.Attendee(ANNE, "Anne"),
                new MeetingPolicy.Attendee(LUCIE, "Lucie"))).isAllowed()).isTrue();
        assertThat(refusal(MeetingPolicy.mayScheduleMeeting(s, List.of(new MeetingPolicy.Attendee(NEWCOMER, "Paul")))))
                .isEqualTo("meeting.participant-withdrawn");
    }

    @Test
    void a_late_joiners_overdue_reassessment_holds_the_case_as_anyone_elses_does() {
        List<CaseSituation.Member> members = List.of(new CaseSituation.Member(LUCIE, Side.HARMED, true, OPENED, Set.of(), Set.of(),
                new CaseSituation.Joined(OPENED, "coordinator1", ANNE)));
        CaseSituation s = CaseSituation.of(UUID.randomUUID(), CaseStage.DIALOGUE, members, Set.of(),
                Map.of(LUCIE, new SafetyHoldPolicy.Latest(RiskLevel.LOW, false, LocalDate.of(2026, 10, 1))), false, LocalDate.of(2026, 11, 1));
        assertThat(s.holdReasons()).extracting(SafetyHoldPolicy.HoldReason::participantId).containsExactly(LUCIE);
    }

    @Test
    void breaches_name_the_field_and_the_rule() {
        Breach b = JoiningPolicy.breaches(open(), new JoiningPolicy.Joiner(NEWCOMER, ParticipantKind.SUPPORT_PERSON, Side.HARMED, null)).get(0);
        assertThat(b.messageKey()).isEqualTo("case.join.supports.required");
    }
}
