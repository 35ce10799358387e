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

import ro.security.Roles;
import ro.work.Rows;
import ro.work.SqlWorkQueue;
import ro.work.WorkContext;
import ro.work.WorkItem;
import ro.work.WorkQueueName;
import ro.work.WorkSettings;

/** The work that waits in a mediator's cases: reassessments coming due, meetings coming up, recent withdrawals. */
public final class CaseWorkQueues {

    private CaseWorkQueues() {
    }

    /** Safety reassessments overdue or due within the look-ahead, of active participants in open cases. */
    @ApplicationScoped
    public static class ReassessmentsDue extends SqlWorkQueue {
        @Inject
        WorkSettings settings;

        ReassessmentsDue() {
            super(WorkQueueName.REASSESSMENTS_DUE, Roles.MEDIATOR, "sa.case_id, sa.participant_id, sa.next_due",
                    context -> " from safety_assessment sa"
                    + " join case_file c on c.id = sa.case_id and c.stage <> 'CLOSED'"
                    + " join case_participant cp on cp.case_id = sa.case_id and cp.participant_id = sa.participant_id"
                    + " and cp.status = 'ACTIVE'"
                    + " where sa.finalised_at is not null and sa.next_due <= :horizon" + Rows.inCases(context, "sa.case_id")
                    // the latest finalised assessment of the participant in the case is the one that counts
                    + " and not exists (select 1 from safety_assessment l where l.case_id = sa.case_id"
                    + " and l.participant_id = sa.participant_id and l.finalised_at is not null"
                    + " and (l.finalised_at > sa.finalised_at or (l.finalised_at = sa.finalised_at and l.id > sa.id)))",
                    "sa.next_due, sa.id");
        }

        @Override
        protected Map<String, Object> parameters(WorkContext context) {
            return Map.of("horizon", context.today().plusDays(settings.lookAheadDays()));
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return rows.stream().map(r -> {
                LocalDate due = Rows.date(r[2]);
                boolean overdue = due.isBefore(context.today());
                LocalDate since = overdue ? due : due.minusDays(settings.lookAheadDays());
                return new WorkItem(overdue ? "OVERDUE" : "DUE_SOON", since.atStartOfDay().toInstant(ZoneOffset.UTC), due,
                        Rows.uuid(r[0]), null, null, null, List.of(Rows.uuid(r[1])));
            }).toList();
        }
    }

    /** Meetings still scheduled up to the look-ahead: coming up, or past with no outcome recorded. */
    @ApplicationScoped
    public static class MeetingsSoon extends SqlWorkQueue {
        @Inject
        WorkSettings settings;

        MeetingsSoon() {
            super(WorkQueueName.MEETINGS_SOON, Roles.MEDIATOR, "m.id, m.case_id, m.scheduled_for, m.created_at",
                    context -> " from meeting m where m.state = 'SCHEDULED' and m.scheduled_for < :horizon" + Rows.inCases(context, "m.case_id"),
                    "m.scheduled_for, m.id");
        }

        @Override
        protected Map<String, Object> parameters(WorkContext context) {
            return Map.of("horizon", context.now().plus(Duration.ofDays(settings.lookAheadDays())));
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
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
    }

    /** Participants who withdrew lately and have not come back: their pending deliveries are held. */
    @ApplicationScoped
    public static class RecentWithdrawals extends SqlWorkQueue {
        @Inject
        WorkSettings settings;

        RecentWithdrawals() {
            super(WorkQueueName.RECENT_WITHDRAWALS, Roles.MEDIATOR, "cp.case_id, cp.participant_id, cp.status_since",
                    context -> " from case_participant cp where cp.status = 'WITHDRAWN' and cp.status_since >= :since" + Rows.inCases(context, "cp.case_id"),
                    "cp.status_since desc, cp.case_id, cp.participant_id");
        }

        @Override
        protected Map<String, Object> parameters(WorkContext context) {
            return Map.of("since", context.now().minus(Duration.ofDays(settings.recentWithdrawalDays())));
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return rows.stream().map(r -> new WorkItem("WITHDREW", Rows.instant(r[2]), null, Rows.uuid(r[0]), null, null, null,
                    List.of(Rows.uuid(r[1])))).toList();
        }
    }
}
