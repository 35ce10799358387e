package ro.referral.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** The coordinators' referral work: referrals left waiting, no-contact conditions to review, matches to act on. */
public final class ReferralWorkQueues {

    private ReferralWorkQueues() {
    }

    static List<UUID> people(Object harmedPersonId, Object offenderId) {
        List<UUID> ids = new ArrayList<>(2);
        if (harmedPersonId != null) {
            ids.add(Rows.uuid(harmedPersonId));
        }
        if (offenderId != null) {
            ids.add(Rows.uuid(offenderId));
        }
        return ids;
    }

    /** Referrals SUBMITTED or UNDER_ASSESSMENT on which nothing has changed for the configured days. */
    @ApplicationScoped
    public static class ReferralsWaiting implements WorkQueue {
        @Inject
        EntityManager em;
        @Inject
        WorkSettings settings;

        private static final String FROM = " from referral r where r.state in ('SUBMITTED', 'UNDER_ASSESSMENT') and r.updated_at < :cut";

        @Override
        public WorkQueueName name() {
            return WorkQueueName.REFERRALS_WAITING;
        }

        @Override
        public String role() {
            return Roles.COORDINATOR;
        }

        @Override
        public long count(WorkContext context) {
            return Rows.count(em.createNativeQuery("select count(*)" + FROM).setParameter("cut", cut(context)));
        }

        @Override
        public List<WorkItem> items(WorkContext context, int offset, int limit) {
            var query = em.createNativeQuery("select r.id, r.state, r.updated_at, r.harmed_person_id, r.offender_id" + FROM
                    + " order by r.updated_at, r.id").setParameter("cut", cut(context));
            return Rows.page(query, offset, limit).stream().map(r -> new WorkItem((String) r[1], Rows.instant(r[2]), null, null,
                    Rows.uuid(r[0]), null, null, people(r[3], r[4]))).toList();
        }

        private Instant cut(WorkContext context) {
            return context.now().minus(Duration.ofDays(settings.referralWaitingDays()));
        }
    }

    /** No-contact conditions on referrals still open or accepted, not yet reviewed: no meeting until they are. */
    @ApplicationScoped
    public static class NoContactReviews implements WorkQueue {
        @Inject
        EntityManager em;

        private static final String FROM = " from referral r where r.no_contact_condition is not null"
                + " and r.no_contact_reviewed_at is null and r.state in ('DORMANT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'ACCEPTED')";

        @Override
        public WorkQueueName name() {
            return WorkQueueName.NO_CONTACT_REVIEWS;
        }

        @Override
        public String role() {
            return Roles.COORDINATOR;
        }

        @Override
        public long count(WorkContext context) {
            return Rows.count(em.createNativeQuery("select count(*)" + FROM));
        }

        @Override
        public List<WorkItem> items(WorkContext context, int offset, int limit) {
            var query = em.createNativeQuery("select r.id, r.created_at, r.harmed_person_id, r.offender_id" + FROM
                    + " order by r.created_at, r.id");
            return Rows.page(query, offset, limit).stream().map(r -> new WorkItem("NOT_REVIEWED", Rows.instant(r[1]), null, null,
                    Rows.uuid(r[0]), null, null, people(r[2], r[3]))).toList();
        }
    }

    /** Matches whose two referrals both still wait as SUBMITTED: nobody has started on either side. */
    @ApplicationScoped
    public static class MatchesToActOn implements WorkQueue {
        @Inject
        EntityManager em;

        private static final String FROM = " from referral_match m join referral h on h.id = m.harmed_referral_id"
                + " join referral o on o.id = m.offender_referral_id where h.state = 'SUBMITTED' and o.state = 'SUBMITTED'";

        @Override
        public WorkQueueName name() {
            return WorkQueueName.MATCHES_TO_ACT_ON;
        }

        @Override
        public String role() {
            return Roles.COORDINATOR;
        }

        @Override
        public long count(WorkContext context) {
            return Rows.count(em.createNativeQuery("select count(*)" + FROM));
        }

        @Override
        public List<WorkItem> items(WorkContext context, int offset, int limit) {
            var query = em.createNativeQuery("select m.harmed_referral_id, m.matched_at, h.harmed_person_id, o.offender_id" + FROM
                    + " order by m.matched_at, m.id");
            return Rows.page(query, offset, limit).stream().map(r -> new WorkItem("MATCHED", Rows.instant(r[1]), null, null,
                    Rows.uuid(r[0]), null, null, people(r[2], r[3]))).toList();
        }
    }
}
