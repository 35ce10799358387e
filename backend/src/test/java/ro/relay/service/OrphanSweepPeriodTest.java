package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The sweep's period must be positive: a zero or negative one stops the API at start, naming the setting. */
class OrphanSweepPeriodTest {

    @Test
    void a_positive_period_is_taken_and_zero_or_negative_is_refused_naming_the_setting() {
        assertThat(OrphanSweep.period(Duration.parse("PT1H"))).isEqualTo(Duration.ofHours(1));
        assertThat(OrphanSweep.period(Duration.parse("PT2S"))).isEqualTo(Duration.ofSeconds(2));
        for (String refused : new String[] { "PT0S", "-PT1H" }) {
            assertThatThrownBy(() -> OrphanSweep.period(Duration.parse(refused))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("RO_RELAY_ORPHAN_SWEEP");
        }
    }
}
