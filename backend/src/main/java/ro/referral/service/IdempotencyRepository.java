package ro.referral.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import ro.referral.model.IdempotencyKey;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Id> {

    Optional<IdempotencyKey> lockedFind(String callerSubject, String key) {
        return findByIdOptional(new IdempotencyKey.Id(callerSubject, key), LockModeType.PESSIMISTIC_WRITE);
    }
}
