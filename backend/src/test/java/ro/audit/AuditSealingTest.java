package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ro.testing.Callers.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ro.testing.Database;
import ro.testing.DatabaseRoles;

/**
 * The chain off the request path: requests only insert; sealers (the API's, and more played here as
 * other replicas, each on its own connection) chain the committed entries in number order.
 */
@QuarkusTest
class AuditSealingTest {

    private static final String OUT_OF_ORDER = "select count(*) from (select entry_seq < lag(entry_seq) over (order by position)"
            + " as back from audit_seal) s where back";

    @Inject
    DataSource db;

    @Inject
    AuditSealer sealers;

    @Test
    void two_instances_writing_and_sealing_concurrently_give_one_chain_in_number_order_that_verifies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<List<Long>>> writers = new ArrayList<>();
        for (String instance : List.of("a", "b")) {
            writers.add(pool.submit(() -> writeMany(instance)));
        }
        List<Future<Integer>> sealing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sealing.add(pool.submit(() -> sealWhile(writing)));
        }
        List<Long> written = new ArrayList<>();
        for (Future<List<Long>> writer : writers) {
            written.addAll(writer.get());
        }
        writing.set(false);
        int sealedHere = 0;
        for (Future<Integer> sealer : sealing) {
            sealedHere += sealer.get();
        }
        pool.shutdown();
        for (long seq : written) {
            Sealing.awaitSealed(db, seq);
        }
        assertThat(written).hasSize(100).doesNotHaveDuplicates();
        assertThat(sealedHere).isPositive();
        assertThat(Database.count(db, OUT_OF_ORDER)).isZero();
        assertThat(Database.count(db, "select count(*) - max(position) from audit_seal")).isZero();
        as("auditor1").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    private static List<Long> writeMany(String instance) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (Connection c = DatabaseRoles.asApp()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 40; i++) {
                seqs.add(Sealing.insert(c, "instance-" + instance + "-" + i));
                if (i % 4 == 0) {
                    seqs.add(Sealing.insert(c, "instance-" + instance + "-" + i + "-second"));
                }
                c.commit();
            }
        }
        return seqs;
    }

    /** Plays another replica's sealer (batches of 7) while the writers write. */
    private Integer sealWhile(AtomicBoolean writing) throws SQLException {
        ChainSealer replica = sealers.newSealer(7);
        int sealed = 0;
        try (Connection c = DatabaseRoles.asApp()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 200 && (writing.get() || i < 20); i++) {
                sealed += replica.sealBatch(c, false).sealed();
                c.commit();
                Sealing.pause();
            }
        }
        return sealed;
    }

    @Test
    void an_entry_that_commits_after_a_higher_number_holds_the_seal_back_and_then_comes_first() throws Exception {
        try (Connection slow = DatabaseRoles.asApp(); Connection fast = DatabaseRoles.asApp(); Connection c = DatabaseRoles.asApp()) {
            slow.setAutoCommit(false);
            c.setAutoCommit(false);
            long first = Sealing.insert(slow, "slow-request");
            long second = Sealing.write(fast, "fast-request");
            assertThat(second).isGreaterThan(first);
            ChainSealer replica = sealers.newSealer(1000);
            for (int elected = 0; elected < 3;) {
                elected += replica.sealBatch(c, false).elected() ? 1 : 0;
                c.commit();
                Sealing.pause();
            }
            assertThat(Database.count(db, "select count(*) from audit_seal where entry_seq in (" + first + ", " + second + ")"))
                    .as("nothing past a number a running transaction holds is sealed").isZero();
            slow.commit();
            Sealing.awaitSealed(db, second);
            Sealing.awaitSealed(db, first);
            assertThat(Database.count(db, "select count(*) from audit_seal a join audit_seal b on b.entry_seq = " + second
                    + " where a.entry_seq = " + first + " and a.position < b.position")).isEqualTo(1);
        }
        as("auditor1").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void a_sealer_killed_mid_batch_loses_nothing_and_the_next_sealer_continues_the_chain() throws Exception {
        List<Long> written = new ArrayList<>();
        ChainSealer.Head before;
        try (Connection c = Sealing.pausedSealers(); Connection writer = DatabaseRoles.asApp()) {
            for (int i = 0; i < 5; i++) {
                written.add(Sealing.write(writer, "killed-sealer-" + i));
            }
            before = ChainSealer.head(c);
            c.commit();
            ChainSealer dying = sealers.newSealer(2);
            ChainSealer.Batch killed = null;
            for (int i = 0; i < 100 && killed == null; i++) {
                ChainSealer.Batch batch = dying.sealBatch(c, false);
                if (batch.sealed() > 0) {
                    killed = batch;
                    c.rollback(); // the sealer dies before it commits
                } else {
                    c.commit();
                    before = ChainSealer.head(c);
                    c.commit();
                    Sealing.pause();
                }
            }
            assertThat(killed).isNotNull();
            assertThat(killed.sealed()).isEqualTo(2);
            assertThat(ChainSealer.head(c)).as("the killed batch left nothing").isEqualTo(before);
            c.commit();
            ChainSealer next = sealers.newSealer(1000); // a new sealer knows nothing but the database
            Sealing.sealThrough(next, c, written.get(written.size() - 1), false);
        }
        for (long seq : written) {
            Sealing.awaitSealed(db, seq);
        }
        assertThat(Database.text(db, "select prev_hash from audit_seal where position = " + (before.position() + 1)))
                .isEqualTo(before.hash());
        as("auditor1").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }
}
