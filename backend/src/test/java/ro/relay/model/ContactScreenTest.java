package ro.relay.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import ro.relay.model.ContactScreen.ContactPoint;
import ro.relay.model.ContactScreen.Finding;
import ro.relay.model.ContactScreen.Kind;

class ContactScreenTest {

    private static final ContactScreen SCREEN = new ContactScreen(List.of(
            new ContactPoint("+1 (613) 555-0100", "Helene.Roy@Example.org", "12 Rue de l'Église\nOttawa ON K1A 0B1"),
            new ContactPoint(null, null, "455 Maple Street, Kingston ON K7L 2V7")));

    @Test
    void a_phone_number_is_found_by_its_digits_whatever_the_separators_and_without_the_country_code() {
        assertThat(SCREEN.findIn("Call me at 613.555.0100 any time")).containsExactly(new Finding(Kind.PHONE, "0100"));
        assertThat(SCREEN.findIn("My number is 1-613-555-0100.")).containsExactly(new Finding(Kind.PHONE, "0100"));
        assertThat(SCREEN.findIn("6135550100")).containsExactly(new Finding(Kind.PHONE, "0100"));
    }

    @Test
    void other_numbers_and_a_part_of_the_phone_are_not_a_phone_number() {
        assertThat(SCREEN.findIn("I was 613 days in prison; room 555, 0100 hours")).isEmpty();
        assertThat(SCREEN.findIn("Call 613 555 0199")).isEmpty();
    }

    @Test
    void an_e_mail_is_found_in_any_case_and_named_masked() {
        assertThat(SCREEN.findIn("Write to HELENE.ROY@EXAMPLE.ORG please"))
                .containsExactly(new Finding(Kind.EMAIL, "H***@Example.org"));
    }

    @Test
    void a_postal_code_is_found_with_or_without_its_space_and_in_any_case() {
        assertThat(SCREEN.findIn("near k1a0b1")).containsExactly(new Finding(Kind.POSTAL_CODE, "K1A ***"));
        assertThat(SCREEN.findIn("Kingston K7L 2V7")).containsExactly(new Finding(Kind.POSTAL_CODE, "K7L ***"));
    }

    @Test
    void a_street_line_is_found_in_any_case_without_accents_and_spacing() {
        assertThat(SCREEN.findIn("I still live at 12 rue de l'eglise.")).containsExactly(new Finding(Kind.STREET, "12* ***"));
        assertThat(SCREEN.findIn("You know 455  MAPLE street")).containsExactly(new Finding(Kind.STREET, "45* ***"));
        assertThat(SCREEN.findIn("Come to 12, rue de l eglise")).containsExactly(new Finding(Kind.STREET, "12* ***"));
    }

    @Test
    void every_detail_found_is_named_once_and_none_in_clear() {
        List<Finding> found = SCREEN.findIn("613 555 0100, 613-555-0100, 12 Rue de l'Église, K1A 0B1");
        assertThat(found).extracting(Finding::kind).containsExactly(Kind.PHONE, Kind.POSTAL_CODE, Kind.STREET);
        assertThat(found).extracting(Finding::masked).noneMatch(m -> m.contains("555") || m.contains("Église") || m.contains("0B1"));
    }

    @Test
    void a_text_without_recorded_details_and_a_side_without_any_pass() {
        assertThat(SCREEN.findIn("I want you to understand what you did.")).isEmpty();
        assertThat(SCREEN.findIn(null)).isEmpty();
        assertThat(ContactScreen.none().findIn("613 555 0100 helene.roy@example.org")).isEmpty();
    }
}
