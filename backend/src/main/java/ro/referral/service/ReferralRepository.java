package ro.referral.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ro.participant.ParticipantLookup;
import ro.referral.model.Referral;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID>, ReferralConditions {

    @Inject
    ParticipantLookup people;

    @Override
    public Set<UUID> noContactReviewPending(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("""
                select r.id from Referral r
                where r.id in :ids and r.noContactCondition is not null and r.noContactReviewedAt is null""", UUID.class)
                .setParameter("ids", referralIds).getResultList());
    }

    private static final List<ReferralState> OPEN = List.of(ReferralState.DORMANT, ReferralState.SUBMITTED,
            ReferralState.UNDER_ASSESSMENT);

    /** The queue's filters: by state, by source, and only referrals at least this old. */
    record QueueFilter(ReferralState state, ReferralSource source, Instant createdBefore) {
    }

    Optional<Referral> lockedForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises, until the transaction ends, the intake of referrals naming this offender number, so
     * that two at the same moment are recorded one after the other (the second as a duplicate).
     */
    void lockOffenderNumber(String offenderNumber) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:number))")
                .setParameter("number", "referral-offender:" + offenderNumber).getSingleResult();
    }

    /** The open referral of the same offender and harmed person (none for a staff referral); never a duplicate. */
    Optional<Referral> openFor(String offenderNumber, UUID harmedPersonId) {
        String harmed = harmedPersonId == null ? "harmedPersonId is null" : "harmedPersonId = :harmed";
        Parameters params = Parameters.with("number", offenderNumber).and("open", OPEN);
        if (harmedPersonId != null) {
            params.and("harmed", harmedPersonId);
        }
        return find("offenderNumber = :number and state in :open and duplicateOf is null and " + harmed, params).firstResultOptional();
    }

    /** The referrals of the other side about this offender that are still on the table. */
    List<Referral> otherSide(String offenderNumber, boolean harmedSide) {
        String source = harmedSide ? "source <> :harmedSource" : "source = :harmedSource";
        return list("offenderNumber = :number and " + source + " and state in :states and duplicateOf is null",
                Parameters.with("number", offenderNumber).and("harmedSource", ReferralSource.HARMED_PERSON)
                        .and("states", List.of(ReferralState.DORMANT, ReferralState.SUBMITTED,
                                ReferralState.UNDER_ASSESSMENT, ReferralState.ACCEPTED)));
    }

    /** The queue: each filter holds when it is given (the columns are never null); the counts per state give no state. */
    private static final String QUEUE = """
            from Referral r where r.state = coalesce(:state, r.state) and r.source = coalesce(:source, r.source)
            and r.createdAt <= coalesce(:before, r.createdAt)""";

    /** One page of the queue, oldest first, with the people's names read in one more query (never one per row). */
    List<ReferralSummary> queue(QueueFilter filter, int page, int size) {
        List<Referral> found = queueQuery("select r " + QUEUE + " order by r.createdAt, r.id", Referral.class, filter, filter.state())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, ParticipantLookup.Named> named = found.isEmpty() ? Map.of() : people.findAll(found.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.offenderId, r.harmedPersonId)).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return found.stream().map(r -> {
            ParticipantLookup.Named o = r.offenderId == null ? null : named.get(r.offenderId);
            ParticipantLookup.Named h = r.harmedPersonId == null ? null : named.get(r.harmedPersonId);
            return new ReferralSummary(r.id, r.source, r.state, r.offenderNumber, o == null ? null : o.firstName(),
                    o == null ? null : o.lastName(), h == null ? null : h.firstName(), h == null ? null : h.lastName(), r.channel,
                    r.noContactCondition, r.noContactReviewedAt, r.duplicateOf, r.createdAt);
        }).toList();
    }

    long countQueue(QueueFilter filter) {
        return queueQuery("select count(r) " + QUEUE, Long.class, filter, filter.state()).getSingleResult();
    }

    /** Referrals per state, with every filter but the state. */
    Map<String, Long> countsByState(QueueFilter filter) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (ReferralState s : ReferralState.values()) {
            counts.put(s.name(), 0L);
        }
        for (Object[] row : queueQuery("select r.state, count(r) " + QUEUE + " group by r.state", Object[].class, filter, null)
                .getResultList()) {
            counts.put(((ReferralState) row[0]).name(), (Long) row[1]);
        }
        return counts;
    }

    private <T> TypedQuery<T> queueQuery(String jpql, Class<T> type, QueueFilter filter, ReferralState state) {
        return getEntityManager().createQuery(jpql, type).setParameter("state", state)
                .setParameter("source", filter.source()).setParameter("before", filter.createdBefore());
    }

    /** The referrals that repeat this open one. */
    List<UUID> duplicatesOf(UUID referralId) {
        return getEntityManager().createQuery("select r.id from Referral r where r.duplicateOf = :id order by r.createdAt, r.id",
                UUID.class).setParameter("id", referralId).getResultList();
    }

    /**
     * Whose referrals: those a staff member or system sent in and, for a staff member, those an
     * integrated system sent in on their behalf.
     */
    record Referrer(String subject, String staffUsername) {
    }

    /** The referrer's referrals, newest first. */
    List<Referral> submittedBy(Referrer who, int page, int size) {
        return find(mine(who), Sort.descending("createdAt").and("id"), mineParameters(who)).page(page, size).list();
    }

    long countSubmittedBy(Referrer who) {
        return count(mine(who), mineParameters(who));
    }

    /** The referral, when it is one of the referrer's. */
    Optional<Referral> submittedOne(Referrer who, UUID id) {
        return find("id = :id and (" + mine(who) + ")", mineParameters(who).and("id", id)).firstResultOptional();
    }

    private static String mine(Referrer who) {
        return who.staffUsername() == null ? "submittedBySubject = :subject"
                : "submittedBySubject = :subject or (source = :integration and referringStaff = :staff)";
    }

    private static Parameters mineParameters(Referrer who) {
        Parameters params = Parameters.with("subject", who.subject());
        return who.staffUsername() == null ? params
                : params.and("integration", ReferralSource.INTEGRATION).and("staff", who.staffUsername());
    }
}
