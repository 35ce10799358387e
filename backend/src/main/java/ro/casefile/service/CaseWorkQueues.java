package ro.casefile.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import ro.work.WorkQueue;
import ro.work.WorkQueueName;
import ro.work.WorkSettings;

/** The work that waits in cases: a mediator's reassessments, meetings and withdrawals; a coordinator's quiet and unstaffed cases. */
public final class CaseWorkQueues {

    private CaseWorkQueues() {
    }

    /** Safety reassessments overdue or due within the look-ahead, of active participants in open cases. */
    @ApplicationScoped
    public static class ReassessmentsDue implements WorkQueue {
        @Inject
        EntityManager em;
        @Inject
        WorkSettings settings;

        @Override
        public WorkQueueName name() {
            return WorkQueueName.REASSESSMENTS_DUE;
        }

        @Override
        public String role() {
            return Roles.MEDIATOR;
        }

        private String from(WorkContext context) {
            return " from safety_assessment sa"
                    + " join case_file c on c.id = sa.case_id and c.stage <> 'CLOSED'"
                    + " join case_participant cp on cp.case_id = sa.case_id and cp.participant_id = sa.participant_id"
                    + " and cp.status = 'ACTIVE'"
                    + " where sa.finalised_at is not null and sa.next_due <= :horizon" + Rows.inCases(context, "sa.case_id")
                    // the latest finalised assessment of the participant in the case is the one that counts
                    + " and not exists (select 1 from safety_assessment l where l.case_id = sa.case_id"
                    + " and l.participant_id = sa.participant_id and l.finalised_at is not null"
                    + " and (l.finalised_at > sa.finalised_at or (l.finalised_at = sa.finalised_at and l.id > sa.id)))";
        }

        @Override
        public long count(WorkContext context) {
            return Rows.count(Rows.query(em, "select count(*)" + from(context), context).setParameter("horizon", horizon(context)));
        }

        @Override
        public List<WorkItem> items(WorkContext context, int offset, int limit) {
            var query = Rows.query(em, "select sa.case_id, sa.participant_id, sa.next_due" + from(context)
                    + " order by sa.next_due, sa.id", context).setParameter("horizon", horizon(context));
            int lookAhead = settings.lookAheadDays();
            return Rows.page(query, offset, limit).stream().map(r -> {
                LocalDate due = Rows.date(r[2]);
                boolean overdue = due.isBefore(context.today());
                LocalDate since = overdue ? due : due.minusDays(lookAhead);
                return new WorkItem(overdue ? "OVERDUE" : "DUE_SOON", since.atStartOfDay().toInstant(ZoneOffset.UTC), due,
                        Rows.uuid(r[0]), null, null, null, List.of(Rows.uuid(r[1])));
            }).toList();
        }

        private LocalDate horizon(WorkContext context) {
            return context.today().plusDays(settings.lookAheadDays());
        }
    }

    /** Meetings still scheduled up to the look-ahead: coming up, or past with no outcome recorded. */
    @ApplicationScoped
    public static class MeetingsSoon implements WorkQueue {
        @Inject
        EntityManager em;
        @Inject
        WorkSettings settings;

        @Override
        public WorkQueueName name() {
            return WorkQueueName.MEETINGS_SOON;
        }

        @Override
        public String role() {
            return Roles.MEDIATOR;
        }

        private String from(WorkContext context) {
            return " from meeting m where m.state = 'SCHEDULED' and m.scheduled_for < :horizon" + Rows.inCases(context, "m.case_id");
        }

        @Override
        public long count(WorkContext context) {
            return Rows.count(Rows.query(em, "select count(*)" + from(context), context).setParameter("horizon", horizon(context)));
        }

        @Override
        public List<WorkItem> items(WorkContext context, int offset, int limit) {
            var query = Rows.query(em, "select m.id, m.case_id, m.scheduled_for, m.created_at" + from(context)
                    + " order by m.scheduled_for, m.id", context).setParameter("horizon", horizon(context));
            List<Object[]> rows = Rows.page(query, offset, limit);
            Map<UUID, List<UUID>> attendees = attendees(rows.stream().map(r -> Rows.uuid(r[0])).toList());
            return rows.stream().map(r -> {
                UUID id = Rows.uuid(r[0]);
                Instant when = Rows.instant(r[2]);
                String reason = when.isBefore(context.now()) ? "OUTCOME_NOT_RECORDED" : "SCHEDULED";
                return new WorkItem(reason, Rows.instant(r[3]), LocalDate.ofInstant(when, ZoneOffset.UTC), Rows.uuid(r[1]), null,
                        null, id, attendees.getOrDefault(id, List.of()));
            }).toList();
        }

        private Map<UUID, List<UUID>> attendees(Collection<UUID> meetingIds) {
            Map<UUID, List<UUID>> byMeeting = new LinkedHashMap<>();
            if (meetingIds.isEmpty()) {
                return byMeeting;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select a.meeting_id, a.participant_id from meeting_attendee a"
                    + " where a.meeting_id in (:ids) and a.participant_id is not null order by a.meeting_id, a.id")
                    .setParameter("ids", meetingIds).getResultList();
            rows.forEach(r -> byMeeting.computeIfAbsent(Rows.uuid(r[0]), k -> new ArrayList<>()).add(Rows.uuid(r[1])));
            return byMeeting;
        }

        private Instant horizon(WorkContext context) {
            return context.now().plus(Duration.ofDays(settings.lookAheadDays()));
        }
    }

    /** Participants who withdrew lately and have not come back: their pending deliveries are held. */
    @ApplicationScoped
    public static class RecentWithdrawals implements WorkQueue {
        @Inject
        EntityManager em;
        @Inject
        WorkSettings settings;

        @Override
        public WorkQueueName name() {
            return WorkQueueName.RECENT_WITHDRAWALS;
        }

        @Override
        public String role() {
            return Roles.MEDIATOR;
        }

        private String from(WorkContext context) {
            return " from case_participant cp where cp.status = 'WITHDRAWN' and cp.status_since >= :since"
                    + Rows.inCases(context, "cp.case_id");
        }

        @Override
        public long count(WorkContext context) {
            return Rows.count(Rows.query(em, "select count(*)" + from(context), context).setParameter("since", since(context)));
        }

        @Override
        public List<WorkItem> items(WorkContext context, int offset, int limit) {
            var query = Rows.query(em, "select cp.case_id, cp.participant_id, cp.status_since" + from(context)
                    + " order by cp.status_since desc, cp.case_id, cp.participant_id", context).setParameter("since", since(context));
            return Rows.page(query, offset, limit).stream().map(r -> new WorkItem("WITHDREW", Rows.instant(r[2]), null,
                    Rows.uuid(r[0]), null, null, null, List.of(Rows.uuid(r[1])))).toList();
        }

        private Instant since(WorkContext context) {
            return context.now().minus(Duration.ofDays(settings.recentWithdrawalDays()));
        }
    }
}
