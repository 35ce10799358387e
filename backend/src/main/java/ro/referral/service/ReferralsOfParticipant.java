package ro.referral.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.referral.model.Referral;
import ro.referral.model.SuitabilityAssessment;

/** {@link ReferralsOf} in two queries: the referrals, then their assessments. */
@ApplicationScoped
public class ReferralsOfParticipant implements ReferralsOf {

    @Inject
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public List<Naming> referralsNaming(UUID participantId) {
        List<Referral> found = em.createQuery("from Referral r where r.harmedPersonId = :p or r.offenderId = :p order by r.createdAt, r.id",
                Referral.class).setParameter("p", participantId).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Suitability>> assessments = em.createQuery(
                "from SuitabilityAssessment a where a.referralId in :ids order by a.lifecycle.createdAt, a.id", SuitabilityAssessment.class)
                .setParameter("ids", found.stream().map(r -> r.id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.referralId, Collectors.mapping(a -> new Suitability(a.id, a.outcome,
                        a.appropriateness, a.motivation, a.acceptanceOfResponsibility, a.notes, a.lifecycle.createdAt,
                        a.lifecycle.finalisedAt, a.lifecycle.amendsId), Collectors.toList())));
        return found.stream().map(r -> new Naming(r.id, r.source, r.state, r.harmedPersonId, r.offenderId, r.channel,
                r.victimRegistration, r.federalSentence, r.notes, r.referringStaff, r.reasons, r.safetyConcerns, r.noContactCondition,
                r.declineReason, r.declineDetails, r.createdAt, r.decidedAt, assessments.getOrDefault(r.id, List.of()))).toList();
    }
}
