package ro.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One sealer's work, a transaction at a time, on a connection the caller owns (auto-commit off; the
 * caller commits or rolls back). The ordering rule is explained on {@link AuditTrail}. Not thread-safe:
 * one per replica ({@link AuditSealer}), or one per simulated replica in the tests.
 */
final class ChainSealer {

    /** The advisory lock that elects the sealer, one sealing transaction at a time. */
    static final long LOCK = 0x524f_4155_4449_54L;

    /** Where the chain ends: its length, and the number and hash of its last entry. */
    record Head(long position, long seq, String hash) {
        static final Head EMPTY = new Head(0, 0, AuditChain.GENESIS);
    }

    /** What one transaction did: not elected (another sealer holds the lock), or sealed so many, maybe with a checkpoint. */
    record Batch(boolean elected, int sealed, Head head, AuditCheckpoint checkpoint) {
        static final Batch NOT_ELECTED = new Batch(false, 0, null, null);
    }

    /** The sequence read at L, then transaction id Z taken: numbers up to L are final once no id below Z runs. */
    private record Observation(long lastSeq, long xid) {
    }

    private static final String ENTRIES = "select seq, at, subject, username, roles, action, resource_type, resource_id,"
            + " request_id, details from audit_entry where seq > ? and seq <= ? order by seq limit ?";

    private static final int MAX_PENDING = 16;

    private final CheckpointSigner signer;
    private final int batchSize;
    private final long checkpointEntries;
    private final Duration checkpointInterval;
    private final Deque<Observation> pending = new ArrayDeque<>();
    /** Every entry number up to here is committed or never will be. */
    private long finalUpTo;

    ChainSealer(CheckpointSigner signer, int batchSize, long checkpointEntries, Duration checkpointInterval) {
        this.signer = signer;
        this.batchSize = batchSize;
        this.checkpointEntries = checkpointEntries;
        this.checkpointInterval = checkpointInterval;
    }

    /**
     * Seals at most one batch in the caller's transaction and writes a checkpoint when one is due (or
     * {@code forceCheckpoint} and the chain grew since the last). Writes nothing unless elected.
     */
    Batch sealBatch(Connection c, boolean forceCheckpoint) throws SQLException {
        long horizon;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_try_advisory_xact_lock(" + LOCK + "),"
                        + " pg_snapshot_xmin(pg_current_snapshot())::text::bigint")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return Batch.NOT_ELECTED;
            }
            horizon = rs.getLong(2);
        }
        while (!pending.isEmpty() && pending.peekFirst().xid() < horizon) {
            finalUpTo = Math.max(finalUpTo, pending.removeFirst().lastSeq());
        }
        observe(c);
        Head head = head(c);
        int sealed = 0;
        if (finalUpTo > head.seq()) {
            try (PreparedStatement read = c.prepareStatement(ENTRIES);
                    PreparedStatement write = c.prepareStatement(
                            "insert into audit_seal (position, entry_seq, prev_hash, hash) values (?, ?, ?, ?)")) {
                read.setLong(1, head.seq());
                read.setLong(2, finalUpTo);
                read.setInt(3, batchSize);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        AuditChain.Content entry = content(rs);
                        String previous = head.hash();
                        head = new Head(head.position() + 1, entry.seq(), AuditChain.hash(previous, entry));
                        write.setLong(1, head.position());
                        write.setLong(2, head.seq());
                        write.setString(3, previous);
                        write.setString(4, head.hash());
                        write.addBatch();
                        sealed++;
                    }
                }
                if (sealed > 0) {
                    write.executeBatch();
                }
            }
        }
        return new Batch(true, sealed, head, checkpoint(c, head, forceCheckpoint));
    }

    /** Every N entries or M minutes, when the chain grew since the last checkpoint; none without a signing key. */
    private AuditCheckpoint checkpoint(Connection c, Head head, boolean force) throws SQLException {
        if (!signer.signs()) {
            return null;
        }
        long number = 0;
        long sealed = 0;
        Instant last = null;
        Instant now;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n.number, n.sealed, n.at, clock_timestamp()"
                + " from (select 1) one left join (select number, sealed, at from audit_checkpoint order by number desc limit 1) n on true")) {
            rs.next();
            number = rs.getLong(1);
            sealed = rs.getLong(2);
            OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
            last = at == null ? null : at.toInstant();
            now = AuditChain.Content.truncate(rs.getObject(4, OffsetDateTime.class).toInstant());
        }
        boolean due = force || last == null || head.position() - sealed >= checkpointEntries
                || !now.isBefore(last.plus(checkpointInterval));
        if (head.position() <= sealed || !due) {
            return null;
        }
        AuditCheckpoint unsigned = new AuditCheckpoint(number + 1, now, head.position(), head.seq(), head.hash(), signer.keyId(), null);
        AuditCheckpoint checkpoint = new AuditCheckpoint(unsigned.number(), now, head.position(), head.seq(), head.hash(),
                signer.keyId(), signer.sign(unsigned.signedText()));
        try (PreparedStatement p = c.prepareStatement("insert into audit_checkpoint (number, at, sealed, last_seq, head, key_id,"
                + " signature) values (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, checkpoint.number());
            p.setObject(2, checkpoint.at().atOffset(java.time.ZoneOffset.UTC));
            p.setLong(3, checkpoint.sealed());
            p.setLong(4, checkpoint.lastSeq());
            p.setString(5, checkpoint.head());
            p.setString(6, checkpoint.keyId());
            p.setString(7, checkpoint.signature());
            p.executeUpdate();
        }
        return checkpoint;
    }

    /** Reads the sequence, then takes this transaction's id: in that order, and before this transaction writes. */
    private void observe(Connection c) throws SQLException {
        long last;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select case when is_called then last_value else 0 end from audit_entry_seq")) {
            rs.next();
            last = rs.getLong(1);
        }
        Observation newest = pending.peekLast();
        if (last <= finalUpTo || newest != null && newest.lastSeq() >= last) {
            return;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_current_xact_id_if_assigned() is null, pg_current_xact_id()::text::bigint")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("The sealer must read the sequence before its transaction writes");
            }
            if (pending.size() == MAX_PENDING) {
                pending.removeLast(); // under a long transaction: keep the oldest and the newest, not one per pass
            }
            pending.addLast(new Observation(last, rs.getLong(2)));
        }
    }

    static Head head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select position, entry_seq, hash from audit_seal order by position desc limit 1")) {
            return rs.next() ? new Head(rs.getLong(1), rs.getLong(2), rs.getString(3)) : Head.EMPTY;
        }
    }

    static AuditChain.Content content(ResultSet rs) throws SQLException {
        return new AuditChain.Content(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("subject"), rs.getString("username"), rs.getString("roles"), rs.getString("action"),
                rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("request_id"), rs.getString("details"));
    }
}
