package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import ro.testing.Database;

/**
 * The sweep runs by itself, every ro.relay.orphan-sweep: with a period of one second, a file left without its row
 * is gone and audited by the job within a few periods, nobody calling the sweep.
 */
@QuarkusTest
@TestProfile(ScheduledOrphanSweepTest.EverySecond.class)
class ScheduledOrphanSweepTest {

    public static class EverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ro.relay.orphan-sweep", "PT1S");
        }
    }

    @Inject
    FileStorage storage;
    @Inject
    DataSource db;

    @Test
    void a_file_without_its_row_is_removed_by_the_sweep_on_its_timer() throws Exception {
        String key = storage.write(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 100).key();
        assertThat(listed(key)).isTrue();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while ((listed(key) || removals(key) == 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(listed(key)).as("removed by the scheduled sweep").isFalse();
        assertThat(removals(key)).as("audited once, by the job").isEqualTo(1);
    }

    private long removals(String key) {
        return Database.count(db, "select count(*) from audit_entry where action = '" + OrphanSweep.ACTION
                + "' and resource_id = '" + key + "' and username = 'orphan-sweep'");
    }

    private boolean listed(String key) throws Exception {
        return StorageListing.olderThan(storage, Instant.now().plusSeconds(3600)).stream().anyMatch(e -> e.key().equals(key));
    }
}
