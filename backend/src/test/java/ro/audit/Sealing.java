package ro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import ro.testing.Database;
import ro.testing.DatabaseRoles;

/** The audit sealer seen from the tests: wait for it, pause it, play another replica, write as a request does. */
final class Sealing {

    /** Attempts at 50 ms each: a bounded wait, never a timed assertion. */
    private static final int ATTEMPTS = 400;

    private Sealing() {
    }

    /** Waits until the entry is sealed (the sealer runs every 200 ms in the tests). */
    static void awaitSealed(DataSource db, long seq) throws InterruptedException {
        String sealed = "select count(*) from audit_seal where entry_seq = " + seq;
        for (int i = 0; i < ATTEMPTS && Database.count(db, sealed) == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(Database.count(db, sealed)).as("entry %d sealed", seq).isEqualTo(1);
    }

    /**
     * A connection as the API's role that holds the sealer's advisory lock for its session: no other
     * sealer is elected until it closes; a {@link ChainSealer} on it is.
     */
    static Connection pausedSealers() throws SQLException {
        Connection c = DatabaseRoles.asApp();
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + ChainSealer.LOCK + ")");
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Inserts an entry as a request does (numbered by the column default) and commits it; returns its number. */
    static long write(Connection c, String requestId) throws SQLException {
        long seq = insert(c, requestId);
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return seq;
    }

    /** Inserts an entry in the connection's current transaction; returns its number. */
    static long insert(Connection c, String requestId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into audit_entry (at, subject, roles, action, resource_type,"
                + " request_id) values (now(), 'sealing-test', 'none', 'PROBE', 'SEALING_TEST', ?) returning seq")) {
            p.setString(1, requestId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs the sealer on the connection, a committed transaction per batch, until it has sealed the entry. */
    static ChainSealer.Batch sealThrough(ChainSealer sealer, Connection c, long seq, boolean forceCheckpoint) throws SQLException {
        for (int i = 0; i < ATTEMPTS; i++) {
            ChainSealer.Batch batch = sealer.sealBatch(c, forceCheckpoint);
            c.commit();
            if (batch.elected() && batch.head().seq() >= seq && (!forceCheckpoint || batch.checkpoint() != null)) {
                return batch;
            }
            pause();
        }
        throw new AssertionError("entry " + seq + " was not sealed");
    }

    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
