package ro.audit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Any lock key will do, as long as only the audit trail uses it. */
    private static final long CHAIN_LOCK = 0x524f_4155_4449_54L;

    /** Serialises writers of the chain until their transaction ends, so entries chain in commit order. */
    void lockChain() {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) locked")
                .setParameter("key", CHAIN_LOCK).getSingleResult();
    }

    Optional<String> lastHash() {
        return getEntityManager().createQuery("select a.hash from AuditEntry a order by a.seq desc", String.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    long nextSeq() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('audit_entry_seq')").getSingleResult()).longValue();
    }

    List<AuditEntry> after(long seq, int batch) {
        return find("seq > :seq", Sort.by("seq"), Parameters.with("seq", seq)).page(0, batch).list();
    }
}
