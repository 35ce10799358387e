package ro.relay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.relay.model.MessageAction.ACKNOWLEDGE;
import static ro.relay.model.MessageAction.APPROVE;
import static ro.relay.model.MessageAction.DELIVER;
import static ro.relay.model.MessageAction.RETURN;
import static ro.relay.model.MessageAction.REVISE;
import static ro.relay.model.MessageAction.SUBMIT;
import static ro.relay.model.MessageAction.WITHHOLD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseStage;
import ro.casefile.model.Side;
import ro.casefile.model.Way;
import ro.rules.AllowedActions;
import ro.rules.Refusal;

/** What a read of a message offers, as the rules that enforce its moves decide. */
class MessageActionsTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final UUID ANNE = UUID.randomUUID();
    private static final UUID OMAR = UUID.randomUUID();
    private static final ContactScreen NOTHING = new ContactScreen(List.of());
    private static final ApprovalDecision TEXT_AS_IS = new ApprovalDecision(PartDecision.AS_IS, null, null, false);

    private static CaseSituation situation(CaseStage stage) {
        return CaseSituation.of(UUID.randomUUID(), stage, List.of(
                new CaseSituation.Member(ANNE, Side.HARMED, true, AT, Set.of(Way.LETTERS), Set.of()),
                new CaseSituation.Member(OMAR, Side.OFFENDER, true, AT, Set.of(Way.LETTERS), Set.of())),
                Set.of(Way.LETTERS), Map.of(), false, LocalDate.of(2026, 11, 30));
    }

    private static Message letter() {
        return Message.record(UUID.randomUUID(), MessageKind.LETTER, OMAR, ANNE, "Dear Anne", "mediator1", AT);
    }

    private static List<MessageAction> offered(Message m, CaseSituation s) {
        return AllowedActions.of(MessageAction.class, a -> true, a -> m.mayDo(a, s));
    }

    @Test
    void each_state_offers_the_moves_that_start_from_it() {
        CaseSituation dialogue = situation(CaseStage.DIALOGUE);
        Message m = letter();
        assertThat(offered(m, dialogue)).containsExactly(REVISE, SUBMIT);
        m.submit(false, AT);
        assertThat(offered(m, dialogue)).containsExactly(APPROVE, RETURN, WITHHOLD);
        m.approve(TEXT_AS_IS, NOTHING, "mediator1", AT);
        assertThat(offered(m, dialogue)).containsExactly(DELIVER);
        m.delivered(DeliveryMethod.MAIL, AT, AT);
        assertThat(offered(m, dialogue)).containsExactly(ACKNOWLEDGE);
        m.acknowledge(true, AT);
        assertThat(offered(m, dialogue)).isEmpty();
    }

    @Test
    void an_approved_letter_is_not_offered_for_delivery_when_the_delivery_policy_refuses_it() {
        Message m = letter();
        m.submit(false, AT);
        m.approve(TEXT_AS_IS, NOTHING, "mediator1", AT);
        assertThat(offered(m, situation(CaseStage.PREPARATION))).isEmpty();
        m.hold(AT);
        assertThat(offered(m, situation(CaseStage.DIALOGUE))).isEmpty();
    }

    @Test
    void a_move_not_offered_is_refused_by_the_message_itself() {
        Map<MessageAction, Consumer<Message>> moves = Map.of(REVISE, m -> m.revise("Hi", AT), SUBMIT, m -> m.submit(false, AT),
                APPROVE, m -> m.approve(TEXT_AS_IS, NOTHING, "mediator1", AT), RETURN, m -> m.giveBack("No", AT),
                WITHHOLD, m -> m.withhold("No", AT), DELIVER, m -> m.delivered(DeliveryMethod.MAIL, AT, AT),
                ACKNOWLEDGE, m -> m.acknowledge(true, AT));
        Message delivered = letter();
        delivered.submit(false, AT);
        delivered.approve(TEXT_AS_IS, NOTHING, "mediator1", AT);
        delivered.delivered(DeliveryMethod.MAIL, AT, AT);
        for (MessageAction action : MessageAction.values()) {
            if (!offered(delivered, situation(CaseStage.DIALOGUE)).contains(action)) {
                assertThatThrownBy(() -> moves.get(action).accept(delivered)).isInstanceOf(Refusal.class).hasMessage("message.move.illegal");
            }
        }
    }

    @Test
    void a_caller_whose_role_may_not_call_an_action_is_not_offered_it() {
        assertThat(AllowedActions.of(MessageAction.class, a -> a != SUBMIT, a -> letter().mayDo(a, situation(CaseStage.DIALOGUE))))
                .containsExactly(REVISE);
    }
}
