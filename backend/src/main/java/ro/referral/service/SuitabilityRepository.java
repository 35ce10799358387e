package ro.referral.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import ro.referral.model.SuitabilityAssessment;

@ApplicationScoped
public class SuitabilityRepository implements PanacheRepositoryBase<SuitabilityAssessment, UUID> {

    List<SuitabilityAssessment> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("lifecycle.createdAt").and("id"), referralId);
    }

    Optional<SuitabilityAssessment> ofReferral(UUID referralId, UUID id) {
        return find("referralId = ?1 and id = ?2", referralId, id).firstResultOptional();
    }

    /** The finalised assessment that no later one amends: the referral's current word on suitability. */
    Optional<SuitabilityAssessment> current(UUID referralId) {
        return find("""
                from SuitabilityAssessment a where a.referralId = ?1 and a.lifecycle.finalisedAt is not null
                and not exists (select 1 from SuitabilityAssessment later
                                where later.lifecycle.amendsId = a.id and later.lifecycle.finalisedAt is not null)
                order by a.lifecycle.finalisedAt desc
                """, referralId).firstResultOptional();
    }
}
