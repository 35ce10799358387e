package ro.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import ro.lists.Keyset;
import ro.lists.Listing;

/** What the auditor can do with the trail: read it, verify its chain and read its signed checkpoints. */
@ApplicationScoped
public class AuditService {

    /** The auditor's order, newest first; a cursor resumes below the sequence number of a page's last entry. */
    private static final Keyset NEWEST_FIRST = Keyset.of("audit-entries", Keyset.descending("a.seq", Keyset.Kind.NUMBER));

    @Inject
    Listing listing;

    @Inject
    AuditRepository entries;

    @Inject
    AuditTrail trail;

    @Inject
    CheckpointSigner signer;

    @Transactional
    public AuditEntryPage list(String resourceType, String resourceId, int page, int size, String after) {
        StringBuilder where = new StringBuilder("from AuditEntry a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (resourceType != null) {
            where.append(" and a.resourceType = :type");
            params.put("type", resourceType);
        }
        if (resourceId != null) {
            where.append(" and a.resourceId = :id");
            params.put("id", resourceId);
        }
        Listing.Slice<AuditEntry> found = listing.page(AuditEntry.class, new Listing.Source("select a", where.toString(), params, "a.seq"),
                NEWEST_FIRST, e -> new Object[] { e.seq }, page, size, after);
        Map<Long, String[]> seals = entries.seals(found.items().stream().map(e -> e.seq).toList());
        List<AuditEntryView> items = found.items().stream().map(e -> AuditEntryView.of(e, seals.get(e.seq))).toList();
        trail.record(AuditRecord.read("LIST", "AUDIT_ENTRY", null).with("type", resourceType).with("id", resourceId)
                .with("page", page));
        return new AuditEntryPage(items, found.paging(page, size));
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
