package ro.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import ro.rules.Breach;
import ro.rules.Invalid;

class KeysetTest {

    private static final Keyset CASES = Keyset.of("cases", Keyset.descending("c.openedAt", Keyset.Kind.INSTANT),
            Keyset.ascending("c.id", Keyset.Kind.ID));
    private static final Keyset NAMES = Keyset.of("participants", Keyset.ascending("p.lastName", Keyset.Kind.TEXT),
            Keyset.ascending("p.id", Keyset.Kind.ID));

    @Test
    void a_cursor_reads_back_as_the_sort_key_of_the_row_it_was_made_after() {
        Instant opened = Instant.parse("2026-03-12T10:00:00.123456Z");
        UUID id = UUID.randomUUID();
        assertThat(CASES.position(CASES.cursor(opened, id))).containsEntry("after0", opened).containsEntry("after1", id).hasSize(2);
        assertThat(NAMES.position(NAMES.cursor("Côté | d'Arc", id))).containsEntry("after0", "Côté | d'Arc");
    }

    @Test
    void an_edited_cursor_one_of_another_list_or_not_a_cursor_at_all_is_refused_naming_after() {
        String cursor = CASES.cursor(Instant.now(), UUID.randomUUID());
        char last = cursor.charAt(5);
        String edited = cursor.substring(0, 5) + (last == 'x' ? 'y' : 'x') + cursor.substring(6);
        for (String refused : List.of(edited, NAMES.cursor("Roy", UUID.randomUUID()), "", "AAAA", cursor.substring(0, cursor.length() - 3))) {
            assertThatThrownBy(() -> CASES.position(refused)).isInstanceOfSatisfying(Invalid.class,
                    e -> assertThat(e.breaches()).extracting(Breach::field, Breach::rule).containsExactly(tuple("after", "Cursor")));
        }
    }

    @Test
    void a_list_ordered_one_way_resumes_by_row_comparison_and_a_mixed_order_bounds_its_first_column() {
        assertThat(NAMES.orderBy()).isEqualTo("p.lastName, p.id");
        assertThat(NAMES.condition()).isEqualTo("(p.lastName, p.id) > (:after0, :after1)");
        assertThat(CASES.orderBy()).isEqualTo("c.openedAt desc, c.id");
        assertThat(CASES.condition())
                .isEqualTo("(c.openedAt <= :after0 and ((c.openedAt < :after0) or (c.openedAt = :after0 and c.id > :after1)))");
    }

    @Test
    void a_page_has_a_next_cursor_only_when_a_row_beyond_it_was_read() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Keyset.Window<UUID> last = NAMES.window(List.of(a, b), 2, id -> new Object[] { "Roy", id });
        assertThat(last.items()).containsExactly(a, b);
        assertThat(last.next()).isNull();
        Keyset.Window<UUID> more = NAMES.window(List.of(a, b, UUID.randomUUID()), 2, id -> new Object[] { "Roy", id });
        assertThat(more.items()).containsExactly(a, b);
        assertThat(NAMES.position(more.next())).containsEntry("after0", "Roy").containsEntry("after1", b);
    }
}
