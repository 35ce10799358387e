package ro.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** The entry's number: the transaction takes its id first (see V9 and {@link AuditTrail}). No lock. */
    long nextSeq() {
        return ((Number) getEntityManager().createNativeQuery("select audit_entry_next_seq()").getSingleResult()).longValue();
    }

    /** The chain's {@code prev_hash} and {@code hash} of those of the entries that are sealed, by entry number. */
    Map<Long, String[]> seals(Collection<Long> seqs) {
        Map<Long, String[]> seals = new HashMap<>();
        if (seqs.isEmpty()) {
            return seals;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select entry_seq, prev_hash, hash from audit_seal where entry_seq in (:seqs)")
                .setParameter("seqs", seqs).getResultList();
        for (Object[] row : rows) {
            seals.put(((Number) row[0]).longValue(), new String[] { (String) row[1], (String) row[2] });
        }
        return seals;
    }
}
