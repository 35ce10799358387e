package ro.relay.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseStage;
import ro.casefile.model.RiskLevel;
import ro.casefile.model.SafetyHoldPolicy;
import ro.casefile.model.Side;
import ro.casefile.model.Way;
import ro.rules.Decision;

/** When an approved letter may be delivered, told as stories; the policy decides on the message and the case's situation. */
class DeliveryPolicyTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UUID ANNE = UUID.randomUUID();
    private static final UUID OMAR = UUID.randomUUID();

    private static Message approvedLetter() {
        Message m = Message.record(UUID.randomUUID(), MessageKind.LETTER, OMAR, ANNE, "Dear Anne", "mediator1", AT);
        m.submit(false, AT);
        m.approve(new ApprovalDecision(PartDecision.AS_IS, null, null, false), new ContactScreen(List.of()), "mediator1", AT);
        return m;
    }

    private static CaseSituation situation(CaseStage stage, boolean anneActive, boolean omarActive, Set<Way> anneConsents,
            Map<UUID, SafetyHoldPolicy.Latest> safety) {
        return CaseSituation.of(UUID.randomUUID(), stage, List.of(
                new CaseSituation.Member(ANNE, Side.HARMED, anneActive, AT, anneConsents, Set.of()),
                new CaseSituation.Member(OMAR, Side.OFFENDER, omarActive, AT, Set.of(Way.LETTERS), Set.of())),
                Set.of(Way.LETTERS), safety, false, TODAY);
    }

    private static CaseSituation ready() {
        return situation(CaseStage.DIALOGUE, true, true, Set.of(Way.LETTERS), Map.of());
    }

    private static String reason(Decision d) {
        return d instanceof Decision.Refused r ? r.reasonKey() : "allowed";
    }

    @Test
    void an_approved_letter_is_delivered_in_dialogue_to_a_recipient_who_agreed_to_letters() {
        assertThat(DeliveryPolicy.mayDeliver(approvedLetter(), ready()).isAllowed()).isTrue();
    }

    @Test
    void a_delivery_is_refused_while_the_case_is_on_safety_hold() {
        CaseSituation held = situation(CaseStage.DIALOGUE, true, true, Set.of(Way.LETTERS),
                Map.of(OMAR, new SafetyHoldPolicy.Latest(RiskLevel.HIGH, false, TODAY.plusDays(30))));
        assertThat(reason(DeliveryPolicy.mayDeliver(approvedLetter(), held))).isEqualTo("message.deliver.safety-hold");
    }

    @Test
    void nothing_is_delivered_to_or_from_a_participant_who_withdrew() {
        assertThat(reason(DeliveryPolicy.mayDeliver(approvedLetter(), situation(CaseStage.DIALOGUE, false, true, Set.of(Way.LETTERS), Map.of()))))
                .isEqualTo("message.deliver.recipient-withdrawn");
        assertThat(reason(DeliveryPolicy.mayDeliver(approvedLetter(), situation(CaseStage.DIALOGUE, true, false, Set.of(Way.LETTERS), Map.of()))))
                .isEqualTo("message.deliver.author-withdrawn");
    }

    @Test
    void a_held_message_waits_even_when_the_case_is_ready() {
        Message m = approvedLetter();
        m.hold(AT);
        assertThat(reason(DeliveryPolicy.mayDeliver(m, ready()))).isEqualTo("message.deliver.held");
    }

    @Test
    void a_letter_goes_only_in_dialogue_and_only_to_a_recipient_who_agreed_to_letters() {
        assertThat(DeliveryPolicy.mayDeliver(approvedLetter(), situation(CaseStage.FOLLOW_UP, true, true, Set.of(Way.LETTERS), Map.of())))
                .isEqualTo(Decision.refused("message.deliver.not-dialogue", "FOLLOW_UP"));
        assertThat(reason(DeliveryPolicy.mayDeliver(approvedLetter(), situation(CaseStage.DIALOGUE, true, true, Set.of(Way.SHUTTLE), Map.of()))))
                .isEqualTo("message.deliver.no-consent");
    }

    @Test
    void only_an_approved_message_can_be_delivered() {
        Message draft = Message.record(UUID.randomUUID(), MessageKind.LETTER, OMAR, ANNE, "Dear Anne", "mediator1", AT);
        assertThat(DeliveryPolicy.mayDeliver(draft, ready())).isEqualTo(Decision.refused("message.move.illegal", "DELIVER", "DRAFT"));
    }
}
