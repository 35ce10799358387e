package ro.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.lists.Keyset;
import ro.lists.Listing;

/** What the auditor can do with the trail: read it and verify its chain. */
@ApplicationScoped
public class AuditService {

    private static final int BATCH = 1000;

    /** The auditor's order, newest first; a cursor resumes below the sequence number of a page's last entry. */
    private static final Keyset NEWEST_FIRST = Keyset.of("audit-entries", Keyset.descending("a.seq", Keyset.Kind.NUMBER));

    @Inject
    Listing listing;

    @Inject
    AuditRepository entries;

    @Inject
    AuditTrail trail;

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
        List<AuditEntryView> items = found.items().stream().map(AuditEntryView::of).toList();
        trail.record(AuditRecord.read("LIST", "AUDIT_ENTRY", null).with("type", resourceType).with("id", resourceId)
                .with("page", page));
        return new AuditEntryPage(items, found.paging(page, size));
    }

    /** Walks the chain from its first entry and names the first entry that no longer matches. */
    @Transactional
    public AuditVerification verify() {
        String expected = AuditChain.GENESIS;
        long checked = 0;
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = entries.after(after, BATCH);
            for (AuditEntry entry : batch) {
                checked++;
                if (!AuditChain.intact(expected, entry.prevHash, entry.hash, entry.content())) {
                    return finish(new AuditVerification(false, checked, entry.seq));
                }
                expected = entry.hash;
                after = entry.seq;
            }
            entries.getEntityManager().clear();
        } while (batch.size() == BATCH);
        return finish(new AuditVerification(true, checked, null));
    }

    private AuditVerification finish(AuditVerification result) {
        trail.record(AuditRecord.read("VERIFY", "AUDIT_TRAIL", null).with("intact", result.intact())
                .with("brokenAt", result.firstBrokenSeq()));
        return result;
    }
}
