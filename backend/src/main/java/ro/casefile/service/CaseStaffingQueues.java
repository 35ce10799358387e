package ro.casefile.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ro.security.Roles;
import ro.work.Rows;
import ro.work.WorkContext;
import ro.work.WorkItem;
import ro.work.SqlWorkQueue;
import ro.work.WorkQueueName;
import ro.work.WorkSettings;

/** A coordinator's watch over open cases: those nothing has happened on for too long, and those no mediator on the roster holds. */
public final class CaseStaffingQueues {

    private CaseStaffingQueues() {
    }

    /** The participants of each case of a page, in one query. */
    static Map<UUID, List<UUID>> participantsOf(EntityManager em, Collection<UUID> caseIds) {
        Map<UUID, List<UUID>> byCase = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cp.case_id, cp.participant_id from case_participant cp"
                + " where cp.case_id in (:ids) order by cp.case_id, cp.side, cp.participant_id").setParameter("ids", caseIds)
                .getResultList();
        rows.forEach(r -> byCase.computeIfAbsent(Rows.uuid(r[0]), k -> new ArrayList<>()).add(Rows.uuid(r[1])));
        return byCase;
    }

    static List<WorkItem> caseItems(EntityManager em, List<Object[]> rows, String reason) {
        Map<UUID, List<UUID>> people = participantsOf(em, rows.stream().map(r -> Rows.uuid(r[0])).toList());
        return rows.stream().map(r -> {
            UUID caseId = Rows.uuid(r[0]);
            return new WorkItem(reason, Rows.instant(r[1]), null, caseId, null, null, null, people.getOrDefault(caseId, List.of()));
        }).toList();
    }

    /**
     * Open cases with no activity for the configured days: the last timeline event, or the last change
     * of the case itself, is older than that.
     */
    @ApplicationScoped
    public static class QuietCases extends SqlWorkQueue {
        @Inject
        WorkSettings settings;

        private static final String LAST_ACTIVITY = "greatest(c.updated_at, coalesce((select e.at from case_event e"
                + " where e.case_id = c.id order by e.seq desc limit 1), c.opened_at))";

        QuietCases() {
            super(WorkQueueName.QUIET_CASES, Roles.COORDINATOR, "q.id, q.last_activity",
                    context -> " from (select c.id, " + LAST_ACTIVITY + " as last_activity from case_file c where c.stage <> 'CLOSED'"
                            + Rows.inCases(context, "c.id") + ") q where q.last_activity < :cut",
                    "q.last_activity, q.id");
        }

        @Override
        protected Map<String, Object> parameters(WorkContext context) {
            return Map.of("cut", context.now().minus(Duration.ofDays(settings.quietCaseDays())));
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return caseItems(em, rows, "NO_ACTIVITY");
        }
    }

    /**
     * Open cases none of whose assigned mediators is still active on the roster (or with none assigned),
     * since the last of them left (or since the case opened).
     */
    @ApplicationScoped
    public static class CasesWithoutMediator extends SqlWorkQueue {

        CasesWithoutMediator() {
            super(WorkQueueName.CASES_WITHOUT_MEDIATOR, Roles.COORDINATOR,
                    "c.id, coalesce((select max(m.updated_at) from case_assignment a join mediator m on m.username = a.mediator"
                            + " where a.case_id = c.id and a.ended_at is null), c.opened_at) as since",
                    context -> " from case_file c where c.stage <> 'CLOSED' and not exists (select 1 from case_assignment a"
                            + " join mediator m on m.username = a.mediator where a.case_id = c.id and a.ended_at is null and m.active)"
                            + Rows.inCases(context, "c.id"),
                    "since, c.id");
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return caseItems(em, rows, "NO_MEDIATOR_ON_ROSTER");
        }
    }
}
