package ro.relay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.relay.model.ApprovalDecision.Parts;
import ro.rules.Breach;
import ro.rules.BrokenRules;

class ApprovalDecisionTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final ContactScreen SCREEN = new ContactScreen(List.of(new ContactScreen.ContactPoint("613 555 0100", null, null)));

    private static List<String> fields(ApprovalDecision d, Parts parts) {
        return d.breachesFor(parts).stream().map(Breach::field).toList();
    }

    private static Message inReview(String text, boolean file, boolean redactedFile) {
        Message m = Message.record(UUID.randomUUID(), MessageKind.LETTER, UUID.randomUUID(), UUID.randomUUID(), text, "mediator1", AT);
        if (file) {
            m.attachOriginal(UUID.randomUUID(), AT);
        }
        m.submit(false, AT);
        if (redactedFile) {
            m.attachRedacted(UUID.randomUUID(), AT);
        }
        return m;
    }

    @Test
    void every_part_the_message_has_must_be_decided() {
        Parts both = new Parts(true, true, false);
        assertThat(fields(new ApprovalDecision(null, null, null, false), both))
                .containsExactly("textDecision", "fileDecision", "fileCheckedForContactDetails");
        assertThat(fields(new ApprovalDecision(PartDecision.REDACTED, null, PartDecision.AS_IS, true), both)).containsExactly("redactedText");
        assertThat(fields(new ApprovalDecision(PartDecision.AS_IS, null, PartDecision.AS_IS, true), both)).isEmpty();
    }

    @Test
    void a_decision_for_a_part_the_message_does_not_have_is_refused() {
        assertThat(fields(new ApprovalDecision(PartDecision.AS_IS, null, PartDecision.AS_IS, true), new Parts(true, false, false)))
                .containsExactly("fileDecision");
        assertThat(fields(new ApprovalDecision(PartDecision.REDACTED, "x", PartDecision.AS_IS, true), new Parts(false, true, false)))
                .containsExactly("textDecision");
    }

    @Test
    void a_redacted_file_must_be_uploaded_to_be_chosen_and_once_uploaded_the_original_cannot_go_as_is() {
        assertThat(fields(new ApprovalDecision(null, null, PartDecision.REDACTED, true), new Parts(false, true, false)))
                .containsExactly("fileDecision");
        assertThat(fields(new ApprovalDecision(null, null, PartDecision.AS_IS, true), new Parts(false, true, true)))
                .containsExactly("fileDecision");
        assertThat(fields(new ApprovalDecision(null, null, PartDecision.REDACTED, true), new Parts(false, true, true))).isEmpty();
    }

    @Test
    void an_approval_names_for_the_audit_trail_only_the_fields_of_the_parts_it_decides() {
        assertThat(new ApprovalDecision(PartDecision.REDACTED, "Sorry.", null, false).fieldsSet()).containsExactly("textDecision", "redactedText");
        assertThat(new ApprovalDecision(null, null, PartDecision.AS_IS, true).fieldsSet())
                .containsExactly("fileDecision", "fileCheckedBy", "fileCheckedAt");
    }

    @Test
    void an_approved_message_relays_only_its_decided_versions() {
        Message m = inReview("Call me on 613 555 0100. Sorry.", true, true);
        m.approve(new ApprovalDecision(PartDecision.REDACTED, "Sorry.", PartDecision.REDACTED, true), SCREEN, "mediator1", AT);
        assertThat(m.relayedText()).isEqualTo("Sorry.");
        assertThat(m.relayedFileId()).isEqualTo(m.redactedFileId);
        assertThat(m.fileCheckedBy).isEqualTo("mediator1");
        assertThat(m.fileCheckedAt).isEqualTo(AT);
        assertThat(m.state).isEqualTo(MessageState.APPROVED);
    }

    @Test
    void a_text_relayed_as_is_with_a_contact_detail_of_the_authors_side_is_not_approved() {
        Message m = inReview("Call me on 613 555 0100. Sorry.", false, false);
        assertThatThrownBy(() -> m.approve(new ApprovalDecision(PartDecision.AS_IS, null, null, false), SCREEN, "mediator1", AT))
                .isInstanceOfSatisfying(BrokenRules.class, e -> assertThat(e.breaches()).singleElement()
                        .satisfies(b -> assertThat(b.field()).isEqualTo("textDecision"))
                        .satisfies(b -> assertThat(b.args()).containsExactly("0100")));
        assertThat(m.state).isEqualTo(MessageState.IN_REVIEW);
        assertThat(m.textDecision).isNull();
    }
}
