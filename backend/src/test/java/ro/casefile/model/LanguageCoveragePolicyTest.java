package ro.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.participant.OfficialLanguage;

import static ro.participant.OfficialLanguage.EN;
import static ro.participant.OfficialLanguage.FR;

class LanguageCoveragePolicyTest {

    private static final UUID VICTIM = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID MOTHER = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID OFFENDER = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private static Map<UUID, OfficialLanguage> preferred(Object... pairs) {
        Map<UUID, OfficialLanguage> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((UUID) pairs[i], (OfficialLanguage) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void a_francophone_victim_with_an_english_only_mediator_is_a_gap_naming_her() {
        List<LanguageCoveragePolicy.Gap> gaps = LanguageCoveragePolicy.gaps(preferred(VICTIM, FR, OFFENDER, EN), List.of(List.of(EN)));
        assertThat(gaps).containsExactly(new LanguageCoveragePolicy.Gap(FR, List.of(VICTIM)));
    }

    @Test
    void co_mediators_cover_each_other_s_languages() {
        assertThat(LanguageCoveragePolicy.gaps(preferred(VICTIM, FR, OFFENDER, EN), List.of(List.of(EN), List.of(FR)))).isEmpty();
        assertThat(LanguageCoveragePolicy.gaps(preferred(VICTIM, FR, OFFENDER, EN), List.of(List.of(EN, FR)))).isEmpty();
    }

    @Test
    void one_gap_per_language_with_every_participant_who_prefers_it_in_a_stable_order() {
        List<LanguageCoveragePolicy.Gap> gaps = LanguageCoveragePolicy.gaps(preferred(MOTHER, FR, OFFENDER, EN, VICTIM, FR), List.of());
        assertThat(gaps).containsExactly(new LanguageCoveragePolicy.Gap(EN, List.of(OFFENDER)),
                new LanguageCoveragePolicy.Gap(FR, List.of(VICTIM, MOTHER)));
    }
}
