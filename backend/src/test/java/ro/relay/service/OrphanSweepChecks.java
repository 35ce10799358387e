package ro.relay.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.testing.Callers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import ro.testing.Cases;
import ro.testing.Cases.OpenedCase;
import ro.testing.Database;

/**
 * The orphan sweep against the storage the API runs with: what has no row and is older than the period goes
 * (audited by the job), what is young or has its row stays, whoever sweeps at the same time.
 */
abstract class OrphanSweepChecks {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4, 5, 6, 7, 8 };

    @Inject
    FileStorage storage;
    @Inject
    OrphanSweep sweep;
    @Inject
    DataSource db;

    /** Leaves an upload that never finished, as a process killed mid-upload does; returns its key. */
    abstract String leaveUnfinishedUpload() throws Exception;

    /** As if the period had passed since everything there now was written. */
    static Instant periodPassed() {
        return Instant.now().plusSeconds(1);
    }

    String orphan() throws IOException {
        return storage.write(new ByteArrayInputStream(PNG), 1000).key();
    }

    long removals(String key) {
        return Database.count(db, "select count(*) from audit_entry where action = '" + OrphanSweep.ACTION + "' and resource_type = '"
                + OrphanSweep.AUDIT_TYPE + "' and resource_id = '" + key + "' and subject = 'system' and username = 'orphan-sweep'");
    }

    boolean listed(String key) throws IOException {
        return StorageListing.olderThan(storage, Instant.now().plusSeconds(3600)).stream().anyMatch(e -> e.key().equals(key));
    }

    @Test
    void a_file_without_a_row_older_than_the_period_is_removed_and_audited_once() throws Exception {
        String key = orphan();
        assertThat(sweep.sweep(periodPassed())).isPositive();
        assertThatThrownBy(() -> storage.read(key, 0, 1)).isInstanceOf(NoSuchFileException.class);
        assertThat(removals(key)).isEqualTo(1);
        assertThat(Database.text(db, "select details from audit_entry where action = '" + OrphanSweep.ACTION + "' and resource_id = '" + key + "'"))
                .startsWith("kind=FILE,lastWritten=");
        sweep.sweep(periodPassed());
        assertThat(removals(key)).isEqualTo(1);
    }

    @Test
    void a_young_file_without_a_row_stays() throws Exception {
        String key = orphan();
        sweep.sweep(Instant.now().minus(Duration.ofHours(1)));
        assertThat(storage.sha256(key)).hasSize(64);
        assertThat(removals(key)).isZero();
        storage.delete(key);
    }

    @Test
    void a_file_with_its_row_stays_and_is_served() throws Exception {
        OpenedCase c = Cases.inDialogue("mediator1");
        String id = Cases.letter(c);
        String url = "/api/cases/" + c.id() + "/messages/" + id;
        String fileId = as("mediator1").contentType("image/png").body(PNG).post(url + "/uploads/original").then().statusCode(200)
                .extract().path("originalFile.id");
        String key = Database.text(db, "select storage_key from stored_file where id = '" + fileId + "'").strip();

        sweep.sweep(periodPassed());
        assertThat(listed(key)).isTrue();
        assertThat(removals(key)).isZero();
        assertThat(as("mediator1").get(url + "/files/" + fileId).then().statusCode(200).extract().asByteArray()).isEqualTo(PNG);
    }

    @Test
    void a_row_written_after_the_listing_keeps_its_file() throws Exception {
        OpenedCase c = Cases.inDialogue("mediator1");
        String key = orphan();
        FileStorage.Entry listed = StorageListing.olderThan(storage, periodPassed()).stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
        Database.execute(db, "insert into stored_file (id, case_id, content_type, size_bytes, sha256, storage_key, key_id, created_at, created_by)"
                + " values (gen_random_uuid(), '" + c.id() + "', 'image/png', 16, repeat('0', 64), '" + key + "', 'demo', now(), 'test')");

        assertThat(sweep.removeOrphan(listed)).isFalse();
        assertThat(listed(key)).isTrue();
        assertThat(removals(key)).isZero();
    }

    @Test
    void a_listing_longer_than_a_page_is_swept_page_by_page_and_only_its_orphans_go() throws Exception {
        OpenedCase c = Cases.inDialogue("mediator1");
        List<String> orphans = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String key = orphan();
            if (i % 3 == 1) {
                Database.execute(db, "insert into stored_file (id, case_id, content_type, size_bytes, sha256, storage_key, key_id, created_at, created_by)"
                        + " values (gen_random_uuid(), '" + c.id() + "', 'image/png', 16, repeat('0', 64), '" + key + "', 'demo', now(), 'test')");
                kept.add(key);
            } else {
                orphans.add(key);
            }
        }

        assertThat(sweep.sweep(periodPassed(), 2)).isGreaterThanOrEqualTo(orphans.size());

        for (String key : orphans) {
            assertThat(listed(key)).as("orphan %s removed", key).isFalse();
            assertThat(removals(key)).isEqualTo(1);
        }
        for (String key : kept) {
            assertThat(listed(key)).as("file with its row %s kept", key).isTrue();
            assertThat(removals(key)).isZero();
        }
    }

    @Test
    void an_unfinished_upload_older_than_the_period_is_removed_and_audited() throws Exception {
        String key = leaveUnfinishedUpload();
        assertThat(listed(key)).isTrue();
        sweep.sweep(periodPassed());
        assertThat(listed(key)).isFalse();
        assertThat(removals(key)).isEqualTo(1);
        assertThat(Database.text(db, "select details from audit_entry where action = '" + OrphanSweep.ACTION + "' and resource_id = '" + key + "'"))
                .startsWith("kind=UNFINISHED_UPLOAD");
    }

    @Test
    void sweeps_at_the_same_time_remove_an_orphan_once() throws Exception {
        String key = orphan();
        Instant olderThan = periodPassed();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> replica = () -> {
                start.await();
                return sweep.sweep(olderThan);
            };
            List<Future<Integer>> sweeps = List.of(pool.submit(replica), pool.submit(replica), pool.submit(replica));
            start.countDown();
            for (Future<Integer> s : sweeps) {
                s.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(listed(key)).isFalse();
        assertThat(removals(key)).isEqualTo(1);
    }
}
