package ro.referral.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import ro.referral.model.ReferralMatch;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<ReferralMatch, UUID> {

    List<UUID> matchedWith(UUID referralId) {
        return find("harmedReferralId = ?1 or offenderReferralId = ?1", Sort.by("matchedAt"), referralId).list().stream()
                .map(m -> m.harmedReferralId.equals(referralId) ? m.offenderReferralId : m.harmedReferralId)
                .toList();
    }

    List<ReferralMatch> newestFirst(int page, int size) {
        return findAll(Sort.descending("matchedAt").and("id")).page(page, size).list();
    }
}
