package ro.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import ro.rules.Unavailable;

/** Staff names come from the directory; when it cannot answer, the user name is shown and it is left alone a while. */
class StaffNamesTest {

    private final AtomicInteger asked = new AtomicInteger();

    private StaffNames with(Map<String, StaffDirectory.RealmUser> users, boolean reachable) {
        StaffNames names = new StaffNames();
        names.directory = new StaffDirectory() {
            @Override
            public Optional<RealmUser> realmUser(String username) {
                asked.incrementAndGet();
                if (!reachable) {
                    throw new Unavailable("directory.unavailable");
                }
                return Optional.ofNullable(users.get(username));
            }
        };
        return names;
    }

    @Test
    void a_realm_user_is_named_by_first_and_last_name_in_the_order_asked() {
        StaffNames names = with(Map.of("coordinator1", new StaffDirectory.RealmUser("coordinator1", "Claire", "Coordinator", Set.of())), true);
        assertThat(names.all(List.of("coordinator1", "gone1", "coordinator1")))
                .containsExactly(new StaffName("coordinator1", "Claire Coordinator"), new StaffName("gone1", "gone1"),
                        new StaffName("coordinator1", "Claire Coordinator"));
        assertThat(asked).hasValue(2);
        assertThat(names.of((String) null)).isNull();
    }

    @Test
    void an_unreachable_directory_gives_the_user_name_and_is_not_asked_again_at_once() {
        StaffNames names = with(Map.of(), false);
        assertThat(names.of("mediator1")).isEqualTo(new StaffName("mediator1", "mediator1"));
        assertThat(names.of("mediator2")).isEqualTo(new StaffName("mediator2", "mediator2"));
        assertThat(asked).hasValue(1);
    }

    @Test
    void a_realm_user_without_a_name_is_shown_by_user_name() {
        StaffNames names = with(Map.of("svc", new StaffDirectory.RealmUser("svc", "", "", Set.of())), true);
        assertThat(names.of("svc").displayName()).isEqualTo("svc");
    }
}
