package ro.referral.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import ro.referral.model.IdempotencyKey;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Id> {

    /**
     * The key as stored, after taking a lock on it until the transaction ends: a retry racing the first
     * request waits for it and then finds its result, instead of creating a second referral.
     */
    Optional<IdempotencyKey> lockedFind(String callerSubject, String key) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:k, 0))) locked")
                .setParameter("k", callerSubject + "\u001f" + key).getSingleResult();
        return findByIdOptional(new IdempotencyKey.Id(callerSubject, key), LockModeType.PESSIMISTIC_WRITE);
    }
}
