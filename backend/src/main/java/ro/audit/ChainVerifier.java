package ro.audit;

import static ro.audit.AuditFinding.Kind.BAD_SIGNATURE;
import static ro.audit.AuditFinding.Kind.BROKEN_LINK;
import static ro.audit.AuditFinding.Kind.CHECKPOINT_MISMATCH;
import static ro.audit.AuditFinding.Kind.DELETED_ENTRY;
import static ro.audit.AuditFinding.Kind.EDITED_ENTRY;
import static ro.audit.AuditFinding.Kind.REMOVED_CHECKPOINT;
import static ro.audit.AuditFinding.Kind.TRUNCATED_TAIL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the sealed chain and the signed checkpoints, naming what it finds. From the first entry, or
 * incrementally from a checkpoint verified before: that checkpoint's signed head is trusted (after
 * checking its signature and that the chain still has it), and only what was sealed after it is read.
 */
final class ChainVerifier {

    private static final int BATCH = 1000;
    private static final int MAX_FINDINGS = 100;
    private static final String WALK = "select s.position, s.entry_seq, s.prev_hash, s.hash, e.seq, e.at, e.subject, e.username,"
            + " e.roles, e.action, e.resource_type, e.resource_id, e.request_id, e.details from audit_seal s"
            + " left join audit_entry e on e.seq = s.entry_seq where s.position > ? order by s.position limit " + BATCH;

    private final Connection c;
    private final CheckpointSigner signer;
    private final List<AuditFinding> findings = new ArrayList<>();
    private final Map<Long, AuditCheckpoint> byPosition = new HashMap<>();
    private long checked;

    private ChainVerifier(Connection c, CheckpointSigner signer) {
        this.c = c;
        this.signer = signer;
    }

    static AuditVerification verify(Connection c, CheckpointSigner signer, Long fromCheckpoint) throws SQLException {
        long started = System.nanoTime();
        ChainVerifier verifier = new ChainVerifier(c, signer);
        List<AuditCheckpoint> checkpoints = verifier.checkpoints(fromCheckpoint == null ? 1 : fromCheckpoint);
        AuditCheckpoint from = fromCheckpoint == null || checkpoints.isEmpty() || checkpoints.get(0).number() != fromCheckpoint
                ? null : checkpoints.get(0);
        ChainSealer.Head start = from == null ? ChainSealer.Head.EMPTY : verifier.startAt(from);
        ChainSealer.Head end = verifier.walk(start);
        AuditCheckpoint last = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        if (last != null && last.sealed() > end.position()) {
            verifier.add(new AuditFinding(TRUNCATED_TAIL, last.lastSeq(), last.number(), "checkpoint " + last.number() + " counts "
                    + last.sealed() + " sealed entries up to entry " + last.lastSeq() + "; the chain now ends at " + end.position()
                    + (end.position() == 0 ? "" : " (entry " + end.seq() + ")")));
        }
        List<AuditFinding> found = List.copyOf(verifier.findings);
        Long firstBroken = found.stream().filter(f -> f.seq() != null).map(AuditFinding::seq).findFirst().orElse(null);
        return new AuditVerification(found.isEmpty(), verifier.checked, firstBroken, from == null ? null : from.number(),
                end.position(), verifier.unsealed(), checkpoints.size(), last == null ? null : last.number(), found,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The checkpoints from a number on, each checked for its signature; a missing number is named. */
    private List<AuditCheckpoint> checkpoints(long from) throws SQLException {
        List<AuditCheckpoint> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(AuditCheckpoint.SELECT + " where number >= ? order by number")) {
            p.setLong(1, from);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    list.add(AuditCheckpoint.of(rs));
                }
            }
        }
        long expected = from;
        long sealed = 0;
        for (AuditCheckpoint checkpoint : list) {
            for (long missing = expected; missing < checkpoint.number(); missing++) {
                add(AuditFinding.checkpoint(REMOVED_CHECKPOINT, missing, "checkpoint " + missing + " is missing"));
            }
            if (!signer.verifies(checkpoint.signedText(), checkpoint.signature())) {
                add(AuditFinding.checkpoint(BAD_SIGNATURE, checkpoint.number(), "checkpoint " + checkpoint.number()
                        + " is not signed by key " + signer.keyId()));
            }
            if (checkpoint.sealed() < sealed) {
                add(AuditFinding.checkpoint(CHECKPOINT_MISMATCH, checkpoint.number(), "checkpoint " + checkpoint.number()
                        + " counts fewer entries than the one before"));
            }
            sealed = checkpoint.sealed();
            byPosition.put(checkpoint.sealed(), checkpoint);
            expected = checkpoint.number() + 1;
        }
        return list;
    }

    /** Where an incremental check starts: the checkpoint's head, if the chain still has it there. */
    private ChainSealer.Head startAt(AuditCheckpoint from) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select entry_seq, hash from audit_seal where position = ?")) {
            p.setLong(1, from.sealed());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && (rs.getLong(1) != from.lastSeq() || !rs.getString(2).equals(from.head()))) {
                    add(new AuditFinding(CHECKPOINT_MISMATCH, from.lastSeq(), from.number(), "the chain at checkpoint "
                            + from.number() + " no longer has its head"));
                }
            }
        }
        return new ChainSealer.Head(from.sealed(), from.lastSeq(), from.head());
    }

    /** Reads every seal after the start with its entry; returns where the chain ends. */
    private ChainSealer.Head walk(ChainSealer.Head start) throws SQLException {
        ChainSealer.Head head = start;
        int read;
        do {
            read = 0;
            try (PreparedStatement p = c.prepareStatement(WALK)) {
                p.setLong(1, head.position());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        head = check(head, rs);
                    }
                }
            }
        } while (read == BATCH);
        return head;
    }

    private ChainSealer.Head check(ChainSealer.Head before, ResultSet rs) throws SQLException {
        long position = rs.getLong(1);
        long seq = rs.getLong(2);
        String previous = rs.getString(3);
        String hash = rs.getString(4);
        checked++;
        if (position != before.position() + 1 || seq <= before.seq() || !previous.equals(before.hash())) {
            add(AuditFinding.entry(BROKEN_LINK, seq, "the seal of entry " + seq + " (position " + position
                    + ") does not follow the one before it"));
        }
        rs.getLong(5);
        if (rs.wasNull()) {
            add(AuditFinding.entry(DELETED_ENTRY, seq, "entry " + seq + " was sealed and is gone"));
        } else if (!AuditChain.hash(previous, ChainSealer.content(rs)).equals(hash)) {
            add(AuditFinding.entry(EDITED_ENTRY, seq, "entry " + seq + " no longer matches its hash"));
        }
        AuditCheckpoint checkpoint = byPosition.get(position);
        if (checkpoint != null && (checkpoint.lastSeq() != seq || !checkpoint.head().equals(hash))) {
            add(new AuditFinding(CHECKPOINT_MISMATCH, seq, checkpoint.number(), "the chain at checkpoint " + checkpoint.number()
                    + " no longer has its head"));
        }
        return new ChainSealer.Head(position, seq, hash);
    }

    private long unsealed() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from audit_entry where seq > (select coalesce(max(entry_seq), 0)"
                        + " from audit_seal)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void add(AuditFinding finding) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(finding);
        }
    }
}
