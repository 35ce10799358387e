package ro.relay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.rules.Refusal;

/** A message's way from its author's draft to its recipient, as stories of the program. */
class MessageStatesTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final ContactScreen NOTHING = new ContactScreen(List.of());
    private static final ApprovalDecision TEXT_AS_IS = new ApprovalDecision(PartDecision.AS_IS, null, null, false);

    private static Message draft() {
        return Message.record(UUID.randomUUID(), MessageKind.LETTER, UUID.randomUUID(), UUID.randomUUID(), "Dear Anne", "mediator1", AT);
    }

    @Test
    void a_letter_is_drafted_submitted_approved_delivered_and_acknowledged() {
        Message m = draft();
        assertThat(m.state).isEqualTo(MessageState.DRAFT);
        m.submit(false, AT);
        assertThat(m.state).isEqualTo(MessageState.IN_REVIEW);
        m.approve(TEXT_AS_IS, NOTHING, "mediator1", AT);
        assertThat(m.state).isEqualTo(MessageState.APPROVED);
        assertThat(m.isApproved()).isTrue();
        m.delivered(DeliveryMethod.values()[0], AT, AT);
        assertThat(m.state).isEqualTo(MessageState.DELIVERED);
        m.acknowledge(true, AT);
        assertThat(m.state).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(m.authorMayKnow).isTrue();
    }

    @Test
    void a_message_given_back_returns_to_its_authors_draft_with_the_comments() {
        Message m = draft();
        m.submit(false, AT);
        m.giveBack("Please leave out the address", AT);
        assertThat(m.state).isEqualTo(MessageState.DRAFT);
        assertThat(m.returnComments).isEqualTo("Please leave out the address");
        m.revise("Dear Anne, again", AT);
        m.submit(false, AT);
        assertThat(m.returnComments).isNull();
    }

    @Test
    void a_withheld_message_goes_no_further() {
        Message m = draft();
        m.submit(false, AT);
        m.withhold("Harmful", AT);
        assertThat(m.state).isEqualTo(MessageState.WITHHELD);
        assertThatThrownBy(() -> m.approve(TEXT_AS_IS, NOTHING, "mediator1", AT)).isInstanceOf(Refusal.class)
                .hasMessage("message.move.illegal");
        assertThatThrownBy(() -> m.delivered(DeliveryMethod.values()[0], AT, AT)).isInstanceOf(Refusal.class);
    }

    @Test
    void a_message_is_never_delivered_before_it_is_approved_nor_revised_once_submitted() {
        Message m = draft();
        assertThatThrownBy(() -> m.delivered(DeliveryMethod.values()[0], AT, AT)).isInstanceOf(Refusal.class);
        m.submit(false, AT);
        assertThatThrownBy(() -> m.revise("changed", AT)).isInstanceOf(Refusal.class).hasMessage("message.move.illegal");
    }

    @Test
    void an_empty_letter_cannot_be_submitted() {
        Message m = Message.record(UUID.randomUUID(), MessageKind.LETTER, UUID.randomUUID(), UUID.randomUUID(), null, "mediator1", AT);
        assertThatThrownBy(() -> m.submit(false, AT)).isInstanceOf(Refusal.class).hasMessage("message.submit.content-letter");
    }

    @Test
    void a_withdrawal_holds_a_pending_message_and_a_rejoin_releases_it_but_a_delivered_one_is_never_held() {
        Message m = draft();
        m.hold(AT);
        assertThat(m.held).isTrue();
        m.release(AT);
        assertThat(m.held).isFalse();
        m.submit(false, AT);
        m.approve(TEXT_AS_IS, NOTHING, "mediator1", AT);
        m.delivered(DeliveryMethod.values()[0], AT, AT);
        m.hold(AT);
        assertThat(m.held).isFalse();
    }
}
