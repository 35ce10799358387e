package ro.relay.service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;

/**
 * Removes what a process killed mid-upload leaves in storage: a stored file whose row was never written, a
 * {@code .partial} file, an incomplete multipart upload. It runs at start and then every ro.relay.orphan-sweep
 * (RO_RELAY_ORPHAN_SWEEP, default PT1H), and removes only what was last written to more than that period ago and
 * has no row in {@code stored_file} (the one table that names storage keys); each removal is audited
 * ({@value #ACTION}, record {@value #AUDIT_TYPE}, id the key), by the job, no person.
 * <p>
 * Any number of replicas may sweep at once. An upload writes its file, then its row within the same request, so
 * a file older than the period either has its row or never will; the row is checked again right before the
 * removal, under an advisory lock on the key, so two sweeps never both remove (nor both audit) one entry.
 */
@ApplicationScoped
public class OrphanSweep {

    public static final String ACTION = "FILE_ORPHAN_REMOVED";
    public static final String AUDIT_TYPE = "STORED_FILE";
    static final String JOB = "orphan-sweep";
    private static final Logger LOG = Logger.getLogger(OrphanSweep.class);
    private static final int PAGE = 500;

    @Inject
    FileStorage storage;
    @Inject
    RelaySettings settings;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    private ScheduledExecutorService executor;

    /** The period as set, refused (the API does not start) unless it is positive. */
    static Duration period(Duration configured) {
        if (configured.isNegative() || configured.isZero()) {
            throw new IllegalStateException("ro.relay.orphan-sweep (RO_RELAY_ORPHAN_SWEEP) must be a positive ISO-8601 duration, not " + configured);
        }
        return configured;
    }

    void start(@Observes StartupEvent started) {
        Duration every = period(settings.orphanSweep());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "orphan-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void tick() {
        try {
            // storage's times are the host's, never the program's clock (which tests move forward)
            int removed = sweep(Instant.now().minus(settings.orphanSweep()));
            if (removed > 0) {
                LOG.infof("Orphan sweep removed %d stored file(s) or unfinished upload(s) without a row", removed);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Orphan sweep failed; it runs again in %s: %s", settings.orphanSweep(), e.toString());
        }
    }

    /** Removes every entry last written to before the instant that has no row; returns how many it removed. */
    public int sweep(Instant olderThan) throws IOException {
        return sweep(olderThan, PAGE);
    }

    /** The same, looking the rows up for a page of the listing at a time: no more than a page is ever held. */
    int sweep(Instant olderThan, int pageSize) throws IOException {
        List<FileStorage.Entry> page = new ArrayList<>(pageSize);
        int[] removed = { 0 };
        storage.forEachOlderThan(olderThan, entry -> {
            page.add(entry);
            if (page.size() == pageSize) {
                removed[0] += sweepPage(page);
                page.clear();
            }
        });
        return removed[0] + sweepPage(page);
    }

    private int sweepPage(List<FileStorage.Entry> page) {
        if (page.isEmpty()) {
            return 0;
        }
        List<String> keys = page.stream().filter(e -> !e.unfinished()).map(FileStorage.Entry::key).toList();
        Set<String> recorded = keys.isEmpty() ? Set.of() : Set.copyOf(QuarkusTransaction.requiringNew().call(() -> rowsOf(keys)));
        int removed = 0;
        for (FileStorage.Entry entry : page) {
            try {
                if ((entry.unfinished() || !recorded.contains(entry.key())) && removeOrphan(entry)) {
                    removed++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Orphan sweep could not remove %s (the next sweep tries again): %s", entry.key(), e.toString());
            }
        }
        return removed;
    }

    private List<String> rowsOf(List<String> keys) {
        List<String> found = new ArrayList<>();
        em.createNativeQuery("SELECT storage_key FROM stored_file WHERE storage_key IN (:keys)").setParameter("keys", keys)
                .getResultList().forEach(k -> found.add((String) k));
        return found;
    }

    /** Another sweep removed the entry first: this one's audit entry is rolled back. */
    private static final class AlreadyGone extends RuntimeException {
        AlreadyGone() {
            super(null, null, false, false);
        }
    }

    /** In one transaction, under the key's lock: still no row, audited, removed (or found gone, and nothing kept). */
    boolean removeOrphan(FileStorage.Entry entry) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))) locked")
                        .setParameter("k", "ro.relay.orphan:" + entry.key()).getSingleResult();
                if (!entry.unfinished() && !rowsOf(List.of(entry.key())).isEmpty()) {
                    return false;
                }
                audit.recordForJob(JOB, AuditRecord.change(ACTION, AUDIT_TYPE, entry.key())
                        .with("kind", entry.unfinished() ? "UNFINISHED_UPLOAD" : "FILE").with("lastWritten", entry.lastModified()));
                if (!storage.remove(entry)) {
                    throw new AlreadyGone();
                }
                return true;
            });
        } catch (RuntimeException e) {
            if (e instanceof AlreadyGone || e.getCause() instanceof AlreadyGone) {
                return false;
            }
            throw e;
        }
    }
}
