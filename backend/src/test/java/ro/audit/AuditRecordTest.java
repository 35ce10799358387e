package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static final UUID CASE = UUID.fromString("6f1c0000-0000-0000-0000-000000000001");

    record Note(String text, Boolean private_, Integer count) {
    }

    @Test
    void a_change_names_its_record_the_records_it_belongs_to_and_its_fields_last() {
        AuditRecord r = AuditRecord.change("UPDATE", "CASE_NOTE", "n1").with("case", CASE).with("amends", null)
                .fields("text", "count");

        assertThat(r.action()).isEqualTo("UPDATE");
        assertThat(r.recordType()).isEqualTo("CASE_NOTE");
        assertThat(r.recordId()).isEqualTo("n1");
        assertThat(r.details()).isEqualTo("case=" + CASE + ",fields=text,count");
    }

    @Test
    void a_read_without_references_has_no_details() {
        assertThat(AuditRecord.read("LIST", "MEDIATOR", null).details()).isNull();
        assertThat(AuditRecord.read("LIST", "SAFETY_ASSESSMENT", null).with("case", CASE).details()).isEqualTo("case=" + CASE);
    }

    @Test
    void the_changed_fields_are_the_names_whose_values_differ_never_the_values() {
        Note before = new Note("Anne Martin called", false, 1);
        Note after = new Note("Anne Martin called twice", false, 2);

        assertThat(AuditRecord.changedFields(before, after)).containsExactly("text", "count");
        assertThat(AuditRecord.change("UPDATE", "CASE_NOTE", null).fields(AuditRecord.changedFields(before, after)).details())
                .isEqualTo("fields=text,count").doesNotContain("Anne");
        assertThat(AuditRecord.changedFields(before, before)).isEmpty();
    }

    @Test
    void the_filled_fields_leave_out_what_is_empty_or_false() {
        assertThat(AuditRecord.filledFields(new Note("x", false, null))).containsExactly("text");
        assertThat(AuditRecord.filledFields(new Note(null, true, 0))).containsExactly("private_", "count");
    }

    @Test
    void a_field_named_twice_is_named_once() {
        assertThat(AuditRecord.change("FINALISE", "X", null).fields("finalisedAt", "nextDue").fields("nextDue").details())
                .isEqualTo("fields=finalisedAt,nextDue");
    }
}
