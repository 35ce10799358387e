package ro.audit;

import java.time.Duration;
import java.time.Instant;
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

    /**
     * How far an entry's time may run behind a later number's: a number is taken just before the clock is read, in
     * concurrent transactions, so times and numbers grow together to within this. The period filter relies on it: an
     * entry written while the server's clock was set more than this off (then put right) falls outside its period's
     * range of numbers and is found by its number, record, request or actor instead.
     */
    static final Duration ORDER_SLACK = Duration.ofMinutes(1);

    /**
     * A number below every entry at or after {@code from}: the entry last before {@code from} less the slack, found
     * by one probe of the index on time (an entry numbered below it cannot be more than the slack later); null when
     * there is none (no bound).
     */
    Long seqBelow(Instant from) {
        return probe("select seq from audit_entry where at < :at order by at desc limit 1", from.minus(ORDER_SLACK));
    }

    /** A number above every entry before {@code until}, by one probe; null when there is none (no bound). */
    Long seqAbove(Instant until) {
        return probe("select seq from audit_entry where at >= :at order by at limit 1", until.plus(ORDER_SLACK));
    }

    /**
     * Entries about a record, or naming it in their details (a list that showed it, an entry of its case), by V13's
     * indexes; the auditor's own reads of the trail (which name the record they looked for) are not part of its log.
     */
    private static final String ABOUT_OR_NAMING = " from audit_entry where ((resource_type = :type and resource_id = :id)"
            + " or (regexp_split_to_array(details, '[,=]') @> array[cast(:id as text)] and resource_type <> 'AUDIT_ENTRY'))";

    /**
     * The numbers of a record's access log, newest first: at most {@code limit}, below {@code below} (a cursor) or
     * from {@code offset}. The two conditions are served by audit_entry_of_resource and audit_entry_mentions (a bitmap
     * of each, then a sort of the record's entries).
     */
    List<Long> accessLog(String type, String id, Long below, int offset, int limit) {
        var query = getEntityManager()
                .createNativeQuery("select seq" + ABOUT_OR_NAMING + (below == null ? "" : " and seq < :below") + " order by seq desc")
                .setParameter("type", type).setParameter("id", id).setFirstResult(offset).setMaxResults(limit);
        if (below != null) {
            query.setParameter("below", below);
        }
        List<?> found = query.getResultList();
        return found.stream().map(n -> ((Number) n).longValue()).toList();
    }

    /** How many entries a record's access log holds, counted up to {@code cap} + 1 (past the cap, the count stops). */
    long accessLogCount(String type, String id, int cap) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from (select seq" + ABOUT_OR_NAMING + " order by seq desc limit " + (cap + 1) + ") counted")
                .setParameter("type", type).setParameter("id", id).getSingleResult()).longValue();
    }

    /** The entries of these numbers, in the order of the numbers given. */
    List<AuditEntry> inOrder(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        Map<Long, AuditEntry> bySeq = new HashMap<>();
        list("seq in ?1", seqs).forEach(e -> bySeq.put(e.seq, e));
        return seqs.stream().map(bySeq::get).filter(java.util.Objects::nonNull).toList();
    }

    private Long probe(String sql, Instant at) {
        List<?> found = getEntityManager().createNativeQuery(sql).setParameter("at", at).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
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
