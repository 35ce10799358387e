package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.testing.Callers.as;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ro.testing.Database;
import ro.testing.DatabaseRoles;

/**
 * Not part of the suite (its name is not a test's): the cost of sealing and verifying a large trail,
 * printed, never asserted. {@code mvn verify -Dtest=AuditScaleProbe [-Dprobe.entries=1000000]} with the
 * usual flags. Measured on 2 shared cores, 1,000,000 entries: inserted in 7 s, sealed by one sealer in
 * 13-16 s, incremental verification of the ~14,000 entries after a checkpoint 120-150 ms, full 4.4 s;
 * from commit to sealed by the background sealer (every 250 ms): median 332 ms, at most 482 ms of 20.
 */
@QuarkusTest
class AuditScaleProbe {

    @Inject
    DataSource db;

    @Inject
    AuditSealer sealers;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("probe.entries", 1_000_000);
        long t0 = System.nanoTime();
        try (Connection owner = DatabaseRoles.asOwner(); Statement s = owner.createStatement()) {
            s.execute("insert into audit_entry (seq, at, subject, roles, action, resource_type, resource_id, request_id, details)"
                    + " select nextval('audit_entry_seq'), now(), 'sub-' || (i % 500), 'coordinator', 'READ', 'PARTICIPANT',"
                    + " md5(i::text), 'req-' || i, 'fields=lastName' from generate_series(1, " + n + ") i");
        }
        System.out.printf("PROBE inserted %d entries in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
        long last = Database.count(db, "select max(seq) from audit_entry");
        t0 = System.nanoTime();
        try (Connection c = Sealing.pausedSealers()) {
            ChainSealer sealer = sealers.newSealer(5000);
            ChainSealer.Head head;
            do {
                head = sealer.sealBatch(c, false).head();
                c.commit();
            } while (head == null || head.seq() < last);
            System.out.printf("PROBE sealed through %d (position %d) in %d ms%n", head.seq(), head.position(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        long from = Database.count(db, "select max(number) from audit_checkpoint where sealed <= (select max(sealed) - 10000 from audit_checkpoint)");
        for (int i = 0; i < 3; i++) {
            JsonPath inc = as("auditor1").queryParam("fromCheckpoint", from).get("/api/audit/verification").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(inc.getBoolean("intact")).isTrue();
            System.out.printf("PROBE incremental from checkpoint %d: intact=%s checked=%d checkpoints=%d unsealed=%d took %d ms%n",
                    from, inc.getBoolean("intact"), inc.getLong("checked"), inc.getLong("checkpointsChecked"), inc.getLong("unsealed"),
                    inc.getLong("tookMillis"));
        }
        JsonPath full = as("auditor1").get("/api/audit/verification").then().statusCode(200).extract().jsonPath();
        assertThat(full.getBoolean("intact")).isTrue();
        List<Long> delays = new ArrayList<>();
        try (Connection writer = DatabaseRoles.asApp()) {
            for (int i = 0; i < 20; i++) {
                long seq = Sealing.write(writer, "latency-" + i);
                long committed = System.nanoTime();
                while (Database.count(db, "select count(*) from audit_seal where entry_seq = " + seq) == 0) {
                    Thread.sleep(5);
                }
                delays.add((System.nanoTime() - committed) / 1_000_000);
                Thread.sleep(37L * (i % 7));
            }
        }
        Collections.sort(delays);
        System.out.printf("PROBE commit to sealed (background sealer, 20 entries): median %d ms, max %d ms%n",
                delays.get(delays.size() / 2), delays.get(delays.size() - 1));
        assertThat(full.getLong("checked")).isGreaterThanOrEqualTo(n);
        System.out.printf("PROBE full: intact=%s checked=%d checkpoints=%d took %d ms%n", full.getBoolean("intact"),
                full.getLong("checked"), full.getLong("checkpointsChecked"), full.getLong("tookMillis"));
    }
}
