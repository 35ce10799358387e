package ro.referral.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.referral.model.ReferralMovePolicy;
import ro.security.Roles;
import ro.work.Rows;
import ro.work.WorkContext;
import ro.work.WorkItem;
import ro.work.SqlWorkQueue;
import ro.work.WorkQueueName;
import ro.work.WorkSettings;

/**
 * The referral work: the coordinators' (referrals left waiting, no-contact conditions to review, matches to
 * act on, offenders named without their number) and a mediator's (the referrals whose assessment is assigned to them).
 */
public final class ReferralWorkQueues {

    private ReferralWorkQueues() {
    }

    /** Items of rows (referral id, since, harmed person, offender), all for one reason. */
    static List<WorkItem> referralItems(List<Object[]> rows, String reason) {
        return rows.stream().map(r -> new WorkItem(reason, Rows.instant(r[1]), null, null, Rows.uuid(r[0]), null, null, people(r[2], r[3])))
                .toList();
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
    public static class ReferralsWaiting extends SqlWorkQueue {
        @Inject
        WorkSettings settings;

        ReferralsWaiting() {
            super(WorkQueueName.REFERRALS_WAITING, Roles.COORDINATOR, "r.id, r.state, r.updated_at, r.harmed_person_id, r.offender_id",
                    context -> " from referral r where r.state in ('SUBMITTED', 'UNDER_ASSESSMENT') and r.updated_at < :cut",
                    "r.updated_at, r.id");
        }

        @Override
        protected Map<String, Object> parameters(WorkContext context) {
            return Map.of("cut", context.now().minus(Duration.ofDays(settings.referralWaitingDays())));
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return rows.stream().map(r -> new WorkItem((String) r[1], Rows.instant(r[2]), null, null, Rows.uuid(r[0]), null, null,
                    people(r[3], r[4]))).toList();
        }
    }

    /** No-contact conditions on referrals still open or accepted, not yet reviewed: no meeting until they are. */
    @ApplicationScoped
    public static class NoContactReviews extends SqlWorkQueue {

        NoContactReviews() {
            super(WorkQueueName.NO_CONTACT_REVIEWS, Roles.COORDINATOR, "r.id, r.created_at, r.harmed_person_id, r.offender_id",
                    context -> " from referral r where r.no_contact_condition is not null and r.no_contact_reviewed_at is null and r.disposed_at is null"
                            + " and r.state in ('DORMANT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'ACCEPTED')",
                    "r.created_at, r.id");
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return referralItems(rows, "NOT_REVIEWED");
        }
    }

    /** Matches whose two referrals both still wait as SUBMITTED: nobody has started on either side. */
    @ApplicationScoped
    public static class MatchesToActOn extends SqlWorkQueue {

        MatchesToActOn() {
            super(WorkQueueName.MATCHES_TO_ACT_ON, Roles.COORDINATOR, "m.harmed_referral_id, m.matched_at, h.harmed_person_id, o.offender_id",
                    context -> " from referral_match m join referral h on h.id = m.harmed_referral_id"
                            + " join referral o on o.id = m.offender_referral_id where h.state = 'SUBMITTED' and o.state = 'SUBMITTED'",
                    "m.matched_at, m.id");
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return referralItems(rows, "MATCHED");
        }
    }

    /**
     * Harmed people's requests still open that name the offender without a number: nothing can be matched
     * until a coordinator confirms it (or finds it).
     */
    @ApplicationScoped
    public static class NumbersToConfirm extends SqlWorkQueue {

        NumbersToConfirm() {
            super(WorkQueueName.NUMBERS_TO_CONFIRM, Roles.COORDINATOR, "r.id, r.created_at, r.harmed_person_id, r.offender_id",
                    context -> " from referral r where r.source = 'HARMED_PERSON' and r.offender_number is null and r.referred_last_name is not null"
                            + " and r.disposed_at is null"
                            + " and r.state in ('DORMANT', 'SUBMITTED')",
                    "r.created_at, r.id");
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return referralItems(rows, "OFFENDER_NUMBER_NEEDED");
        }
    }

    /**
     * A mediator's: the referrals whose assessment a coordinator assigned to them, while they are being
     * assessed (the ones they reach, see {@link ReferralAccess}), oldest assignment first.
     */
    @ApplicationScoped
    public static class ReferralAssessments extends SqlWorkQueue {

        ReferralAssessments() {
            super(WorkQueueName.REFERRAL_ASSESSMENTS, Roles.MEDIATOR, "r.id, r.assessor_assigned_at, r.harmed_person_id, r.offender_id",
                    context -> " from referral r where r.assessor = :assessor and r.state in (:assessed)",
                    "r.assessor_assigned_at, r.id");
        }

        /** Bounded by the assignment of the referral, not by the mediator's cases. */
        @Override
        public boolean boundedByCases() {
            return false;
        }

        @Override
        protected Map<String, Object> parameters(WorkContext context) {
            return Map.of("assessor", context.username(),
                    "assessed", ReferralMovePolicy.ASSESSED.stream().map(Enum::name).toList());
        }

        @Override
        protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
            return referralItems(rows, "ASSIGNED_FOR_ASSESSMENT");
        }
    }
}
