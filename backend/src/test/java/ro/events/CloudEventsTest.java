package ro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import ro.events.model.EventType;
import ro.events.model.OutboxEvent;
import ro.events.service.CloudEvent;
import ro.events.service.CloudEvents;
import ro.rules.StateMoves.Kind;
import ro.rules.StateMoves.Move;

/** The one mapping of an outbox row to its CloudEvents 1.0 document, and of a feature's move to the row's data. */
class CloudEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID SUBJECT = UUID.fromString("6f1c0b7e-3c1a-4e55-9a8e-2d4b8f0c1a22");
    private static final Instant AT = Instant.parse("2026-11-30T17:15:35.123456Z");

    @Test
    void an_outbox_row_is_written_as_exactly_the_cloudevents_document() throws Exception {
        OutboxEvent row = OutboxEvent.of(EventType.REFERRAL_STATE_CHANGED, SUBJECT, AT,
                Map.of("state", "ACCEPTED", "previousState", "UNDER_ASSESSMENT"), "service-account-ro-integration");
        CloudEvent event = CloudEvents.of(row, "urn:ca:gc:csc-scc:ro");
        JsonNode written = JSON.readTree(JSON.writeValueAsString(event));
        assertThat(written.fieldNames()).toIterable().containsExactly("specversion", "id", "source", "type", "time", "subject",
                "datacontenttype", "data");
        assertThat(written.get("specversion").asText()).isEqualTo("1.0");
        assertThat(written.get("id").asText()).isEqualTo(row.id.toString());
        assertThat(written.get("source").asText()).isEqualTo("urn:ca:gc:csc-scc:ro");
        assertThat(written.get("type").asText()).isEqualTo("ca.gc.csc-scc.ro.referral.state-changed");
        assertThat(written.get("time").asText()).isEqualTo("2026-11-30T17:15:35.123456Z");
        assertThat(written.get("subject").asText()).isEqualTo(SUBJECT.toString());
        assertThat(written.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(written.get("data")).isEqualTo(JSON.readTree("{\"state\":\"ACCEPTED\",\"previousState\":\"UNDER_ASSESSMENT\"}"));
        assertThat(written.toString()).as("the integration a row is for is not part of the document").doesNotContain("service-account");
    }

    @Test
    void the_time_is_rfc_3339_in_utc_even_on_a_whole_second() {
        OutboxEvent row = OutboxEvent.of(EventType.CASE_STAGE_CHANGED, SUBJECT, Instant.parse("2026-01-02T03:04:05Z"), Map.of("state", "CLOSED"), null);
        assertThat(CloudEvents.of(row, "/ro").time()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void every_kind_of_move_is_an_event_type_and_every_event_type_a_kind_of_move() {
        assertThat(Arrays.stream(Kind.values()).map(OutboxStateMoves::typeOf)).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void a_moves_data_is_its_states_its_instant_and_its_ids_and_dates_as_strings() {
        UUID caseId = UUID.randomUUID();
        Move move = Move.of(Kind.MEETING_STATE_CHANGED, SUBJECT, Thread.State.RUNNABLE, Thread.State.NEW, AT).inCase(caseId)
                .with("closedAt", AT).with("nothing", null);
        assertThat(OutboxStateMoves.data(move)).containsExactly(Map.entry("state", "RUNNABLE"), Map.entry("previousState", "NEW"),
                Map.entry("changedAt", "2026-11-30T17:15:35.123456Z"), Map.entry("caseId", caseId.toString()),
                Map.entry("closedAt", "2026-11-30T17:15:35.123456Z"));
        assertThat(OutboxStateMoves.data(Move.of(Kind.CASE_STAGE_CHANGED, SUBJECT, Thread.State.NEW, null, AT))).containsOnlyKeys("state", "changedAt");
    }

    @Test
    void a_move_refuses_a_fact_that_is_not_an_id_an_instant_or_a_code_and_one_to_the_same_state_is_no_change() {
        Move move = Move.of(Kind.CASE_STAGE_CHANGED, SUBJECT, Thread.State.NEW, Thread.State.NEW, AT);
        assertThatThrownBy(() -> move.with("outcomeSummary", "The family was heard")).isInstanceOf(IllegalArgumentException.class);
        assertThat(move.changed()).isFalse();
        assertThat(Move.of(Kind.CASE_STAGE_CHANGED, SUBJECT, Thread.State.NEW, null, AT).changed()).isTrue();
    }

    @Test
    void an_event_that_never_leaves_the_program_cannot_be_addressed_to_an_integration() {
        assertThatThrownBy(() -> OutboxEvent.of(EventType.MESSAGE_STATE_CHANGED, SUBJECT, AT, Map.of("state", "DRAFT"), "service-account-ro-integration"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
