package ro.privacy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private final RetentionSchedule schedule = new RetentionSchedule(Map.of(DueReason.CLOSED_CASE, Period.ofYears(2),
            DueReason.ENDED_REFERRAL, Period.ofYears(2), DueReason.DORMANT_REQUEST, Period.ofDays(400)));

    @Test
    void a_case_closed_two_years_ago_is_due_on_the_anniversary_of_its_closure_and_not_a_second_before() {
        Instant closed = Instant.parse("2024-03-15T10:00:00Z");
        assertThat(schedule.dueSince(DueReason.CLOSED_CASE, closed)).isEqualTo(Instant.parse("2026-03-15T10:00:00Z"));
        assertThat(schedule.isDue(DueReason.CLOSED_CASE, closed, Instant.parse("2026-03-15T09:59:59Z"))).isFalse();
        assertThat(schedule.isDue(DueReason.CLOSED_CASE, closed, Instant.parse("2026-03-15T10:00:00Z"))).isTrue();
        assertThat(schedule.cutoff(DueReason.CLOSED_CASE, Instant.parse("2026-03-15T10:00:00Z"))).isEqualTo(closed);
    }

    @Test
    void years_count_in_the_calendar_so_two_years_after_the_29th_of_february_is_the_28th() {
        assertThat(schedule.dueSince(DueReason.ENDED_REFERRAL, Instant.parse("2024-02-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
    }

    @Test
    void a_dormant_request_counts_its_period_in_days() {
        assertThat(schedule.dueSince(DueReason.DORMANT_REQUEST, Instant.parse("2025-01-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-02-05T00:00:00Z"));
    }

    @Test
    void every_rule_needs_a_period_that_is_not_negative() {
        assertThatThrownBy(() -> new RetentionSchedule(Map.of(DueReason.CLOSED_CASE, Period.ofYears(2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionSchedule(Map.of(DueReason.CLOSED_CASE, Period.ofYears(-1), DueReason.ENDED_REFERRAL,
                Period.ZERO, DueReason.DORMANT_REQUEST, Period.ZERO))).isInstanceOf(IllegalArgumentException.class);
    }
}
