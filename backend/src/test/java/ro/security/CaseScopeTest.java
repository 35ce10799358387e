package ro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Who reaches which case, from the caller's roles. */
class CaseScopeTest {

    @Test
    void a_coordinator_reaches_every_case_even_when_also_a_mediator() {
        assertThat(CaseScope.of(true, true, "coordinator1")).isEqualTo(CaseScope.ALL);
        assertThat(CaseScope.ALL.reachesAll()).isTrue();
    }

    @Test
    void a_mediator_reaches_the_cases_assigned_to_them() {
        CaseScope scope = CaseScope.of(false, true, "mediator1");
        assertThat(scope).isEqualTo(CaseScope.assignedTo("mediator1"));
        assertThat(scope.reachesAll()).isFalse();
        assertThat(scope.reachesNone()).isFalse();
        assertThat(scope.mediator()).isEqualTo("mediator1");
    }

    @Test
    void anyone_else_reaches_no_case() {
        assertThat(CaseScope.of(false, false, "staff1")).isEqualTo(CaseScope.NONE);
        assertThat(CaseScope.NONE.reachesNone()).isTrue();
    }

    @Test
    void a_mediator_is_named_exactly_when_the_scope_is_their_assigned_cases() {
        assertThatThrownBy(() -> new CaseScope(CaseScope.Reach.ALL, "mediator1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseScope(CaseScope.Reach.ASSIGNED_TO, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
