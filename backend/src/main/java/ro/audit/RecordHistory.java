package ro.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Sort;

/** What another feature may ask of the trail: the entries about one record (its resource type and id), unaudited. */
@ApplicationScoped
public class RecordHistory {

    @Inject
    AuditRepository entries;

    /** At most {@code limit} entries about the record, newest first, and whether there are more. */
    public record Entries(List<AuditEntryView> items, boolean cut) {
    }

    @Transactional(TxType.MANDATORY)
    public Entries about(String resourceType, String resourceId, int limit) {
        List<AuditEntry> found = entries.find("resourceType = ?1 and resourceId = ?2", Sort.descending("seq"), resourceType, resourceId)
                .page(0, limit + 1).list();
        return new Entries(found.stream().limit(limit).map(e -> AuditEntryView.of(e, null)).toList(), found.size() > limit);
    }
}
