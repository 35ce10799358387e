package ro.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the sealer of this replica: every {@code ro.audit.seal-interval} it tries to become the sealer
 * (the advisory lock of {@link ChainSealer#LOCK}, per transaction) and, when elected, seals committed
 * entries in batches of {@code ro.audit.seal-batch}, writing a signed checkpoint every
 * {@code ro.audit.checkpoint-entries} entries or {@code ro.audit.checkpoint-interval}. Each checkpoint is
 * logged once committed. A failed batch rolls back whole; the next tick (here or on another replica)
 * starts again from the chain's head in the database.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    /** Batches per tick at most, so one tick never holds the thread for long. */
    private static final int MAX_BATCHES = 50;

    @Inject
    DataSource dataSource;

    @Inject
    CheckpointSigner signer;

    @ConfigProperty(name = "ro.audit.seal-interval")
    Duration interval;

    @ConfigProperty(name = "ro.audit.seal-batch")
    int batchSize;

    @ConfigProperty(name = "ro.audit.checkpoint-entries")
    long checkpointEntries;

    @ConfigProperty(name = "ro.audit.checkpoint-interval")
    Duration checkpointInterval;

    private ScheduledExecutorService executor;
    private ChainSealer sealer;

    void start(@Observes StartupEvent started) {
        sealer = newSealer(batchSize);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** A sealer with this configuration, as another replica would have (tests use it to play other replicas). */
    ChainSealer newSealer(int batch) {
        return new ChainSealer(signer, batch, checkpointEntries, checkpointInterval);
    }

    private void tick() {
        try {
            for (int i = 0; i < MAX_BATCHES; i++) {
                ChainSealer.Batch batch = sealOnce(sealer, dataSource, false);
                if (!batch.elected() || batch.sealed() < batchSize) {
                    return;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Audit sealing failed, rolled back; the next attempt continues from the chain's head: %s", e.toString());
        }
    }

    /** One batch in a transaction of its own; the checkpoint, if any, logged once committed. */
    static ChainSealer.Batch sealOnce(ChainSealer sealer, DataSource dataSource, boolean forceCheckpoint) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return sealOnce(sealer, c, forceCheckpoint);
        }
    }

    /** The same on a connection the caller holds (left in auto-commit). */
    static ChainSealer.Batch sealOnce(ChainSealer sealer, Connection c, boolean forceCheckpoint) throws SQLException {
        c.setAutoCommit(false);
        try {
            ChainSealer.Batch batch = sealer.sealBatch(c, forceCheckpoint);
            c.commit();
            if (batch.checkpoint() != null) {
                LOG.info(batch.checkpoint().logLine());
            }
            return batch;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
