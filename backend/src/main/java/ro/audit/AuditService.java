package ro.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** What the auditor can do with the trail: read it and verify its chain. */
@ApplicationScoped
public class AuditService {

    private static final int BATCH = 1000;

    @Inject
    AuditRepository entries;

    @Inject
    AuditTrail trail;

    @Transactional
    public AuditEntryPage list(String resourceType, String resourceId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (resourceType != null) {
            where.append(" and resourceType = :type");
            params.and("type", resourceType);
        }
        if (resourceId != null) {
            where.append(" and resourceId = :id");
            params.and("id", resourceId);
        }
        PanacheQuery<AuditEntry> query = entries.find(where.toString(), Sort.descending("seq"), params).page(page, size);
        List<AuditEntryView> items = query.list().stream().map(AuditEntryView::of).toList();
        trail.record(AuditRecord.read("LIST", "AUDIT_ENTRY", null).with("type", resourceType).with("id", resourceId)
                .with("page", page));
        return new AuditEntryPage(items, query.count(), page, size);
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
