package ro.statistics.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The statistics' reads: a reporting read model over the other features' tables, in native SQL, where
 * PostgreSQL does every count (GROUP BY) and every percentile; no row of a record is ever loaded.
 * Each part is a range scan of the period on an index of V10-V12. Three queries per report: the
 * regions, the counts of every table, the durations.
 */
@ApplicationScoped
class StatisticsQueries {

    /** A case's region: the region of its earliest referral (several regions count once, in that one). */
    private static final String CASE_REGION = "(SELECT r.region_id FROM case_referral cr JOIN referral r ON r.id = cr.referral_id"
            + " WHERE cr.case_id = %s ORDER BY r.created_at, r.id LIMIT 1)";

    private static final String IN_PERIOD = " >= :from AND %s < :to";

    /** One count: table, region (null: none recorded), row value, column value ('' for one dimension), count. */
    record Count(String table, UUID regionId, String row, String column, long count) {
    }

    /** One duration's group in one region (or nationally): size, median and 90th percentile in days. */
    record Duration(String key, UUID regionId, boolean national, long size, BigDecimal median, BigDecimal percentile90) {
    }

    @Inject
    EntityManager em;

    /** Every region's id, by code. */
    List<UUID> regions() {
        List<?> ids = em.createNativeQuery("SELECT id FROM region ORDER BY code").getResultList();
        return ids.stream().map(UUID.class::cast).toList();
    }

    List<Count> counts(Instant from, Instant to) {
        String sql = String.join(" UNION ALL ",
                "SELECT 'referralsBySourceAndChannel', region_id, source, COALESCE(channel, 'NONE'), count(*) FROM referral"
                        + " WHERE " + period("created_at") + " GROUP BY region_id, source, channel",
                "SELECT 'referralsByOutcome', region_id, state, '', count(*) FROM referral WHERE " + period("decided_at")
                        + " AND state IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN') GROUP BY region_id, state",
                "SELECT 'referralsByDeclineReason', region_id, decline_reason, '', count(*) FROM referral WHERE " + period("decided_at")
                        + " AND state = 'DECLINED' AND decline_reason IS NOT NULL GROUP BY region_id, decline_reason",
                "SELECT 'suitabilityByOutcome', f.region_id, s.outcome, '', count(*) FROM suitability_assessment s"
                        + " JOIN referral f ON f.id = s.referral_id WHERE " + period("s.finalised_at") + " GROUP BY f.region_id, s.outcome",
                "SELECT 'casesOpenedAndClosed', " + caseRegion("c.id") + ", 'OPENED', '', count(*) FROM case_file c WHERE "
                        + period("c.opened_at") + " GROUP BY 2",
                // Only a closed case moves back to PREPARATION: that move is a reopening.
                "SELECT 'casesOpenedAndClosed', " + caseRegion("e.case_id") + ", CASE e.stage WHEN 'CLOSED' THEN 'CLOSED' ELSE 'REOPENED' END,"
                        + " '', count(*) FROM case_event e WHERE e.kind = 'STAGE' AND " + period("e.at")
                        + " AND e.stage IN ('CLOSED', 'PREPARATION') GROUP BY 2, 3",
                // The stage at the end of the period: the last stage move up to then (none: still in PREPARATION);
                // a case closed before the period is left out.
                "SELECT 'casesByStage', " + caseRegion("c.id") + ", COALESCE(s.stage, 'PREPARATION'), '', count(*) FROM case_file c"
                        + " LEFT JOIN LATERAL (SELECT e.stage, e.at FROM case_event e WHERE e.case_id = c.id AND e.kind = 'STAGE'"
                        + " AND e.at < :to ORDER BY e.at DESC, e.seq DESC LIMIT 1) s ON true"
                        + " WHERE c.opened_at < :to AND (c.closed_at IS NULL OR c.closed_at >= :from)"
                        + " AND (s.stage IS DISTINCT FROM 'CLOSED' OR s.at >= :from) GROUP BY 2, 3",
                "SELECT 'casesByWay', " + caseRegion("w.case_id") + ", w.way, '', count(DISTINCT w.case_id) FROM case_way w WHERE "
                        + period("w.chosen_at") + " GROUP BY 2, 3",
                "SELECT 'casesByClosureOutcome', " + caseRegion("e.case_id") + ", e.closure_outcome, '', count(*) FROM case_event e"
                        + " WHERE e.kind = 'STAGE' AND " + period("e.at") + " AND e.stage = 'CLOSED' AND e.closure_outcome IS NOT NULL"
                        + " GROUP BY 2, 3",
                "SELECT 'participationChanges', " + caseRegion("e.case_id") + ", e.kind, e.side, count(*) FROM case_event e"
                        + " WHERE e.kind IN ('WITHDRAWN', 'REJOINED') AND " + period("e.at") + " AND e.side IS NOT NULL GROUP BY 2, 3, 4",
                "SELECT 'messagesByKindAndState', " + caseRegion("m.case_id") + ", m.kind, m.state, count(*) FROM message m WHERE "
                        + period("m.created_at") + " GROUP BY 2, 3, 4",
                "SELECT 'meetingsByState', " + caseRegion("m.case_id") + ", m.state, '', count(*) FROM meeting m WHERE "
                        + period("m.scheduled_for") + " GROUP BY 2, 3",
                // Participants' feedback recorded in the period: only the answers on the scale, never the comments.
                "SELECT a.table_key, " + caseRegion("f.case_id") + ", a.answer, '', count(*) FROM participant_feedback f"
                        + " CROSS JOIN LATERAL (VALUES ('feedbackFeltSafe', f.felt_safe), ('feedbackFeltHeard', f.felt_heard),"
                        + " ('feedbackNeedsMet', f.needs_met), ('feedbackWouldRecommend', f.would_recommend)) AS a (table_key, answer)"
                        + " WHERE " + period("f.recorded_at") + " GROUP BY 1, 2, 3");
        return rows(sql, from, to).stream()
                .map(r -> new Count((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue())).toList();
    }

    List<Duration> durations(Instant from, Instant to) {
        String sql = "SELECT d.k, d.region_id, GROUPING(d.region_id), count(*),"
                + " round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS numeric), 1),"
                + " round(CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY d.days) AS numeric), 1) FROM ("
                + "SELECT 'referralToAssessmentStart' AS k, region_id, " + days("assessment_started_at", "created_at")
                + " AS days FROM referral WHERE " + period("assessment_started_at")
                + " UNION ALL SELECT 'referralToDecision', region_id, " + days("decided_at", "created_at") + " FROM referral WHERE "
                + period("decided_at") + " AND state IN ('ACCEPTED', 'DECLINED')"
                + " UNION ALL SELECT 'messageRecordedToDelivered', " + caseRegion("m.case_id") + ", " + days("m.delivered_at", "m.created_at")
                + " FROM message m WHERE " + period("m.delivered_at")
                + ") d GROUP BY GROUPING SETS ((d.k, d.region_id), (d.k))";
        return rows(sql, from, to).stream().map(r -> new Duration((String) r[0], (UUID) r[1], ((Number) r[2]).intValue() == 1,
                ((Number) r[3]).longValue(), (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant from, Instant to) {
        Query query = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        return query.getResultList();
    }

    private static String period(String column) {
        return column + IN_PERIOD.formatted(column);
    }

    private static String caseRegion(String caseId) {
        return CASE_REGION.formatted(caseId);
    }

    private static String days(String end, String start) {
        return "CAST(EXTRACT(EPOCH FROM " + end + " - " + start + ") AS double precision) / 86400";
    }
}
