package ro.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void accents_case_and_spaces_do_not_matter() {
        assertThat(SearchKey.of("Hélène", "  CÔTÉ-Gagnon ")).isEqualTo("helene cote-gagnon");
        assertThat(SearchKey.of("Hélène")).isEqualTo(SearchKey.of("helene"));
    }

    @Test
    void a_query_is_one_pattern_per_word_with_like_wildcards_escaped() {
        assertThat(SearchKey.patterns(" Hélène  Côté ")).containsExactly("%helene%", "%cote%");
        assertThat(SearchKey.patterns("50%_off\\")).containsExactly("%50\\%\\_off\\\\%");
        assertThat(SearchKey.patterns("   ")).isEmpty();
        assertThat(SearchKey.patterns(null)).isEmpty();
    }
}
