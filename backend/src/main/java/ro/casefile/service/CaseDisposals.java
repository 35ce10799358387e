package ro.casefile.service;

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

/**
 * The disposal of a closed case, as the privacy lifecycle asks it of cases: which closed cases ended before a
 * date, and removing a case's personal data while keeping what the statistics count (its dates, stage moves,
 * ways, closure outcome, meetings' dates and states, feedback's scales). This feature alone knows its tables.
 */
@ApplicationScoped
public class CaseDisposals {

    /** A closed case not yet disposed of, and when it closed. */
    public record ClosedCase(UUID id, Instant closedAt) {
    }

    /** What disposing of a case left to others: the referrals it was opened from and the people it named. */
    public record Disposed(List<UUID> referralIds, Set<UUID> people) {
    }

    private static final String CLOSED_BEFORE = " FROM case_file WHERE stage = 'CLOSED' AND disposed_at IS NULL AND closed_at <= :cutoff";

    @Inject
    EntityManager em;

    /** The closed cases that closed at or before the cutoff, oldest first. */
    @Transactional(TxType.MANDATORY)
    public List<ClosedCase> closedBefore(Instant cutoff, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, closed_at" + CLOSED_BEFORE + " ORDER BY closed_at, id")
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ClosedCase((UUID) r[0], instant(r[1]))).toList();
    }

    @Transactional(TxType.MANDATORY)
    public long countClosedBefore(Instant cutoff) {
        return ((Number) em.createNativeQuery("SELECT count(*)" + CLOSED_BEFORE).setParameter("cutoff", cutoff).getSingleResult())
                .longValue();
    }

    /** Whether the case exists (disposed of or not). */
    @Transactional(TxType.MANDATORY)
    public boolean exists(UUID caseId) {
        return !em.createNativeQuery("SELECT 1 FROM case_file WHERE id = :id").setParameter("id", caseId).getResultList().isEmpty();
    }

    /** The case, locked until the transaction ends, when it is closed and not yet disposed of. */
    @Transactional(TxType.MANDATORY)
    public Optional<ClosedCase> lockClosed(UUID caseId) {
        List<?> rows = em.createNativeQuery("SELECT id, closed_at FROM case_file WHERE id = :id AND stage = 'CLOSED'"
                + " AND disposed_at IS NULL FOR UPDATE").setParameter("id", caseId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ClosedCase((UUID) r[0], instant(r[1]))).findFirst();
    }

    /** The referrals the case was opened from. */
    @Transactional(TxType.MANDATORY)
    public List<UUID> referralsOf(UUID caseId) {
        return uuids("SELECT referral_id FROM case_referral WHERE case_id = :id ORDER BY referral_id", caseId);
    }

    /**
     * Removes the case's personal data: its participants' links, notes, attendees, the free text of its
     * assessments, meetings, feedback and summary, and the worded timeline; the rows the statistics count stay.
     */
    @Transactional(TxType.MANDATORY)
    public Disposed dispose(UUID caseId, Instant at) {
        Set<UUID> people = new HashSet<>();
        people.addAll(uuids("SELECT participant_id FROM case_participant WHERE case_id = :id", caseId));
        people.addAll(uuids("SELECT participant_id FROM consent WHERE case_id = :id AND participant_id IS NOT NULL", caseId));
        people.addAll(uuids("SELECT participant_id FROM safety_assessment WHERE case_id = :id AND participant_id IS NOT NULL", caseId));
        people.addAll(uuids("SELECT participant_id FROM participant_feedback WHERE case_id = :id AND participant_id IS NOT NULL", caseId));
        people.addAll(uuids("SELECT a.participant_id FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE m.case_id = :id AND a.participant_id IS NOT NULL", caseId));
        List<UUID> referrals = referralsOf(caseId);
        String[] statements = {
            "DELETE FROM case_participant WHERE case_id = :id",
            "DELETE FROM case_note WHERE case_id = :id",
            "DELETE FROM meeting_attendee WHERE meeting_id IN (SELECT id FROM meeting WHERE case_id = :id)",
            "UPDATE consent SET participant_id = NULL WHERE case_id = :id",
            "UPDATE safety_assessment SET participant_id = NULL, emotional_wellbeing = NULL, readiness = NULL, safety_measures = NULL,"
                    + " disposed_at = :at WHERE case_id = :id",
            "UPDATE participant_feedback SET participant_id = NULL, comments = NULL WHERE case_id = :id",
            "UPDATE meeting SET institution = NULL, safety_plan = NULL, outcome = NULL, agreements = NULL, cancel_reason = NULL"
                    + " WHERE case_id = :id",
            "UPDATE case_event SET summary = :disposed, participant_id = NULL WHERE case_id = :id",
            "UPDATE case_file SET outcome_summary = NULL, disposed_at = :at, updated_at = :at, version = version + 1 WHERE id = :id",
        };
        for (String sql : statements) {
            var query = em.createNativeQuery(sql).setParameter("id", caseId);
            if (sql.contains(":at")) {
                query.setParameter("at", Timestamp.from(at));
            }
            if (sql.contains(":disposed")) {
                query.setParameter("disposed", TimelineWording.store("timeline.disposed"));
            }
            query.executeUpdate();
        }
        em.flush();
        em.clear();
        return new Disposed(referrals, people);
    }

    /** Whether any case still names the person: as a participant, in a consent, an assessment, feedback or a meeting. */
    @Transactional(TxType.MANDATORY)
    public boolean refersTo(UUID participantId) {
        return !em.createNativeQuery("SELECT 1 FROM case_participant WHERE participant_id = :p"
                + " UNION ALL SELECT 1 FROM consent WHERE participant_id = :p"
                + " UNION ALL SELECT 1 FROM safety_assessment WHERE participant_id = :p"
                + " UNION ALL SELECT 1 FROM participant_feedback WHERE participant_id = :p"
                + " UNION ALL SELECT 1 FROM meeting_attendee WHERE participant_id = :p LIMIT 1")
                .setParameter("p", participantId).getResultList().isEmpty();
    }

    private List<UUID> uuids(String sql, UUID caseId) {
        return em.createNativeQuery(sql).setParameter("id", caseId).getResultList().stream().map(UUID.class::cast).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
