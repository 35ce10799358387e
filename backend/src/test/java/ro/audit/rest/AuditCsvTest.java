package ro.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ro.rules.BrokenRules;

class AuditCsvTest {

    @Test
    void a_field_with_a_comma_a_quote_or_a_line_break_is_quoted_and_its_quotes_doubled() {
        assertThat(AuditCsv.field("plain")).isEqualTo("plain");
        assertThat(AuditCsv.field("")).isEqualTo("");
        assertThat(AuditCsv.field("ids=a,b")).isEqualTo("\"ids=a,b\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void a_field_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_an_apostrophe() {
        assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.field("@SUM")).isEqualTo("'@SUM");
    }

    @Test
    void the_limit_is_the_cap_by_default_and_otherwise_a_whole_number_up_to_it() {
        assertThat(AuditCsv.limit(null)).isEqualTo(100_000);
        assertThat(AuditCsv.limit("25")).isEqualTo(25);
        for (String bad : new String[] { "0", "100001", "-3", "ten", "1e3" }) {
            assertThatThrownBy(() -> AuditCsv.limit(bad)).as(bad).isInstanceOf(BrokenRules.class);
        }
    }
}
