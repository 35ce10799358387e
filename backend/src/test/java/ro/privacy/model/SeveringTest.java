package ro.privacy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SeveringTest {

    private final Severing severing = Severing.of(List.of(
            new Severing.Person("Hélène", "Tremblay-Roy", "+1 613 555 0100", "helene@example.org", "12 Rue des Pins, Gatineau QC J8Y 3R5", null),
            new Severing.Person("Marc", "Dubois", null, null, null, "T1234567"),
            Severing.Person.named("Officer Lee")));

    @Test
    void another_persons_names_are_severed_whole_and_by_part_in_any_case_but_not_inside_other_words() {
        assertThat(severing.text("HÉLÈNE tremblay-roy wrote; Roy called; Marcus and Marc met Lee."))
                .isEqualTo("[severed] wrote; [severed] called; Marcus and [severed] met [severed].");
    }

    @Test
    void a_phone_number_is_severed_whatever_its_separators_and_an_email_and_an_address_line_by_line() {
        assertThat(severing.text("Call (613) 555-0100 or 613.555.0100 or +1 613 555 0100; helene@EXAMPLE.org"))
                .doesNotContain("0100").doesNotContain("555").doesNotContainIgnoringCase("helene@").endsWith("; [severed]");
        assertThat(severing.text("She moved to Gatineau QC J8Y 3R5 from 12 Rue des Pins.")).isEqualTo("She moved to [severed] from [severed].");
    }

    @Test
    void an_offender_number_is_severed_and_text_without_anyone_stays_as_it_is() {
        assertThat(severing.text("File T1234567.")).isEqualTo("File [severed].");
        assertThat(severing.text("Nothing here names anyone.")).isEqualTo("Nothing here names anyone.");
        assertThat(severing.text(null)).isNull();
        assertThat(Severing.of(List.of()).text("Hélène")).isEqualTo("Hélène");
    }
}
