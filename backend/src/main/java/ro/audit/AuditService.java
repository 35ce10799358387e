package ro.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

import ro.lists.Keyset;
import ro.lists.ListSettings;
import ro.lists.Listing;
import ro.lists.Paging;

/** What the auditor can do with the trail: read it, verify its chain and read its signed checkpoints. */
@ApplicationScoped
public class AuditService {

    /** The auditor's order, newest first; a cursor resumes below the sequence number of a page's last entry. */
    private static final Keyset NEWEST_FIRST = Keyset.of("audit-entries", Keyset.descending("a.seq", Keyset.Kind.NUMBER));

    @Inject
    Listing listing;

    @Inject
    ListSettings lists;

    @Inject
    AuditRepository entries;

    @Inject
    AuditTrail trail;

    @Inject
    CheckpointSigner signer;

    /** A page of the entries the filter selects, newest first, by page number or after a cursor. */
    @Transactional
    public AuditEntryPage list(AuditFilter filter, int page, int size, String after) {
        AuditEntryPage found = page(filter, page, size, after);
        trail.record(AuditRecord.read("LIST", "AUDIT_ENTRY", null).with("type", filter.resourceType()).with("id", filter.resourceId())
                .with("filters", String.join("+", filter.names())).with("page", page));
        return found;
    }

    /**
     * One record's access log, newest first: every entry about it (its reads, changes and refused attempts) and every
     * entry that names it in its details (a list that showed it, a change of a message of its case), by whom and when.
     */
    @Transactional
    public AuditEntryPage accessLog(String resourceType, String resourceId, int page, int size, String after) {
        AuditFilter.of(null, null, null, resourceType, resourceId, null, null, null);
        Long below = after == null ? null : (Long) NEWEST_FIRST.position(after).get("after0");
        List<Long> seqs = entries.accessLog(resourceType, resourceId, below, after == null ? page * size : 0, size + 1);
        Keyset.Window<Long> window = NEWEST_FIRST.window(seqs, size, seq -> new Object[] { seq });
        List<AuditEntry> found = entries.inOrder(window.items());
        Map<Long, String[]> seals = entries.seals(window.items());
        int cap = lists.countCap();
        long counted = entries.accessLogCount(resourceType, resourceId, cap);
        trail.record(AuditRecord.read("READ_ACCESS_LOG", "AUDIT_ENTRY", null).with("type", resourceType).with("id", resourceId)
                .with("page", page));
        return new AuditEntryPage(found.stream().map(e -> AuditEntryView.of(e, seals.get(e.seq))).toList(),
                new Paging(Math.min(counted, cap), counted <= cap, page, size, window.next()));
    }

    /**
     * The entries the filter selects, newest first, to {@code row} one at a time as they are read (a database cursor,
     * never the whole result in memory), at most {@code limit} of them. The export is audited first, with the names
     * of its filters. Returns true when more entries matched than were given.
     */
    @Transactional
    public boolean export(AuditFilter filter, int limit, Consumer<AuditEntryView> row) {
        trail.record(AuditRecord.read("AUDIT_EXPORTED", "AUDIT_ENTRY", null).with("filters", String.join("+", filter.names()))
                .with("limit", limit));
        entries.flush();
        Listing.Source source = source(filter);
        var query = session().createSelectionQuery(source.select() + " " + source.from() + " order by " + NEWEST_FIRST.orderBy(),
                AuditEntry.class);
        source.parameters().forEach(query::setParameter);
        int given = 0;
        try (ScrollableResults<AuditEntry> rows = query.setMaxResults(limit + 1).setFetchSize(500).setReadOnly(true)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                if (given == limit) {
                    return true;
                }
                AuditEntry e = rows.get();
                row.accept(AuditEntryView.of(e, null));
                session().detach(e);
                given++;
            }
        }
        return false;
    }

    private AuditEntryPage page(AuditFilter filter, int page, int size, String after) {
        Listing.Source source = source(filter);
        Listing.Slice<AuditEntry> found = listing.page(AuditEntry.class, source, NEWEST_FIRST, e -> new Object[] { e.seq }, page, size,
                after);
        Map<Long, String[]> seals = entries.seals(found.items().stream().map(e -> e.seq).toList());
        List<AuditEntryView> items = found.items().stream().map(e -> AuditEntryView.of(e, seals.get(e.seq))).toList();
        return new AuditEntryPage(items, found.paging(page, size));
    }

    /**
     * The entries a filter selects; a period also bounds the entry numbers (two probes of the index on time), so the
     * index of the other filters, or the primary key, is walked only over the period.
     */
    private Listing.Source source(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("from AuditEntry a where 1 = 1");
        if (filter.from() != null) {
            Long below = entries.seqBelow(filter.from());
            if (below != null) {
                where.append(" and a.seq > :seqBelow");
                params.put("seqBelow", below);
            }
        }
        if (filter.until() != null) {
            Long above = entries.seqAbove(filter.until());
            if (above != null) {
                where.append(" and a.seq < :seqAbove");
                params.put("seqAbove", above);
            }
        }
        where.append(filter.conditions(params));
        return new Listing.Source("select a", where.toString(), params, "a.seq");
    }

    /**
     * Checks the sealed chain and the checkpoints, from the first entry or from a checkpoint verified
     * before, and names what it finds. The check reads only; its own entry is written at the end, so
     * the transaction holds no transaction id (which would hold the sealer back) while it reads.
     */
    @Transactional
    public AuditVerification verify(Long fromCheckpoint) {
        AuditVerification result = session().doReturningWork(c -> ChainVerifier.verify(c, signer, fromCheckpoint));
        trail.record(AuditRecord.read("VERIFY", "AUDIT_TRAIL", null).with("intact", result.intact())
                .with("brokenAt", result.firstBrokenSeq()).with("from", fromCheckpoint));
        return result;
    }

    /** The signed checkpoints, newest first, with the public key that checks them. */
    @Transactional
    public AuditCheckpointPage checkpoints(int page, int size) {
        List<AuditCheckpoint> items = new ArrayList<>();
        long total = session().doReturningWork(c -> {
            try (PreparedStatement p = c.prepareStatement(AuditCheckpoint.SELECT + " order by number desc limit ? offset ?")) {
                p.setInt(1, size);
                p.setLong(2, (long) page * size);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        items.add(AuditCheckpoint.of(rs));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("select count(*) from audit_checkpoint"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        trail.record(AuditRecord.read("LIST", "AUDIT_CHECKPOINT", null).with("page", page));
        return new AuditCheckpointPage(items, total, page, size, CheckpointSigner.ALGORITHM, signer.publicKeyBase64(), signer.keyId());
    }

    private Session session() {
        return entries.getEntityManager().unwrap(Session.class);
    }
}
