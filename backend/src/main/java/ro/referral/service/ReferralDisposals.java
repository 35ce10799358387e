package ro.referral.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.referral.model.ReferralState;

/**
 * The disposal of referrals, as the privacy lifecycle asks it of intake: the referrals declined or withdrawn
 * (never in a case: only an accepted referral is) decided before a date, the dormant requests nothing has
 * changed since a date, and removing a referral's personal data while keeping what the statistics count
 * (source, channel, states, dates, decline reason, region, its assessments' outcomes).
 */
@ApplicationScoped
public class ReferralDisposals {

    /** A referral not yet disposed of, its state and the date its retention runs from. */
    public record Ended(UUID id, ReferralState state, Instant since) {
    }

    /** The retention rules of intake: which referrals each one reads, and the date its period runs from. */
    public enum Rule {
        /** Declined or withdrawn, from the decision. */
        DECIDED("state IN ('DECLINED', 'WITHDRAWN')", "decided_at"),
        /** A dormant request, from its last change. */
        DORMANT("state = 'DORMANT'", "updated_at");

        private final String from;
        private final String since;

        Rule(String state, String since) {
            this.from = " FROM referral WHERE " + state + " AND disposed_at IS NULL AND " + since + " <= :cutoff";
            this.since = since;
        }
    }

    @Inject
    EntityManager em;

    /** The referrals the rule reads whose period runs from the cutoff or before, oldest first. */
    @Transactional(TxType.MANDATORY)
    public List<Ended> before(Rule rule, Instant cutoff, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, state, " + rule.since + rule.from + " ORDER BY " + rule.since + ", id")
                .setParameter("cutoff", Timestamp.from(cutoff)).setMaxResults(limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(ReferralDisposals::ended).toList();
    }

    @Transactional(TxType.MANDATORY)
    public long count(Rule rule, Instant cutoff) {
        return ((Number) em.createNativeQuery("SELECT count(*)" + rule.from).setParameter("cutoff", Timestamp.from(cutoff)).getSingleResult())
                .longValue();
    }

    @Transactional(TxType.MANDATORY)
    public boolean exists(UUID referralId) {
        return !em.createNativeQuery("SELECT 1 FROM referral WHERE id = :id").setParameter("id", referralId).getResultList().isEmpty();
    }

    /** The referral, locked until the transaction ends, with the date its retention runs from, when not yet disposed of. */
    @Transactional(TxType.MANDATORY)
    public Optional<Ended> lock(UUID referralId) {
        List<?> rows = em.createNativeQuery("SELECT id, state, CASE WHEN state = 'DORMANT' THEN updated_at ELSE decided_at END"
                + " FROM referral WHERE id = :id AND disposed_at IS NULL FOR UPDATE").setParameter("id", referralId).getResultList();
        return rows.stream().map(Object[].class::cast).map(ReferralDisposals::ended).findFirst();
    }

    /**
     * Removes what the referral says of people: who they are, the offender number, notes, reasons, conditions,
     * the free text of its assessments and its integrated system's request; returns the people it named.
     */
    @Transactional(TxType.MANDATORY)
    public Set<UUID> dispose(UUID referralId, Instant at) {
        Set<UUID> people = new HashSet<>();
        List<?> named = em.createNativeQuery("SELECT harmed_person_id, offender_id FROM referral WHERE id = :id")
                .setParameter("id", referralId).getResultList();
        named.stream().map(Object[].class::cast).flatMap(java.util.Arrays::stream).filter(java.util.Objects::nonNull)
                .forEach(p -> people.add((UUID) p));
        Timestamp when = Timestamp.from(at);
        em.createNativeQuery("UPDATE suitability_assessment SET appropriateness = NULL, motivation = NULL,"
                + " acceptance_of_responsibility = NULL, notes = NULL, disposed_at = :at WHERE referral_id = :id")
                .setParameter("id", referralId).setParameter("at", when).executeUpdate();
        em.createNativeQuery("DELETE FROM idempotency_key WHERE referral_id = :id").setParameter("id", referralId).executeUpdate();
        em.createNativeQuery("UPDATE referral SET harmed_person_id = NULL, offender_id = NULL, offender_number = NULL, notes = NULL,"
                + " reasons = NULL, safety_concerns = NULL, no_contact_condition = NULL, decline_details = NULL,"
                + " referred_first_name = NULL, referred_last_name = NULL, disposed_at = :at, version = version + 1 WHERE id = :id")
                .setParameter("id", referralId).setParameter("at", when).executeUpdate();
        em.flush();
        em.clear();
        return people;
    }

    /** Whether a referral still names the person. */
    @Transactional(TxType.MANDATORY)
    public boolean refersTo(UUID participantId) {
        return !em.createNativeQuery("SELECT 1 FROM referral WHERE harmed_person_id = :p UNION ALL"
                + " SELECT 1 FROM referral WHERE offender_id = :p LIMIT 1").setParameter("p", participantId).getResultList().isEmpty();
    }

    private static Ended ended(Object[] r) {
        Object at = r[2];
        Instant since = at instanceof Timestamp t ? t.toInstant() : at instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) at;
        return new Ended((UUID) r[0], ReferralState.valueOf((String) r[1]), since);
    }
}
