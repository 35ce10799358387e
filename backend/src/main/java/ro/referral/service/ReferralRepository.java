package ro.referral.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import ro.lists.Keyset;
import ro.lists.Listing;
import ro.participant.ParticipantLookup;
import ro.participant.PeopleSearch;
import ro.referral.model.Referral;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID>, ReferralConditions, ReferralPeople {

    @Inject
    ParticipantLookup people;

    @Inject
    Listing listing;

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

    @Override
    public List<UUID> peopleAssessedBy(String mediator) {
        List<Object[]> rows = getEntityManager().createQuery("""
                select r.harmedPersonId, r.offenderId from Referral r
                where r.assessor = :mediator and r.state in :assessed""", Object[].class)
                .setParameter("mediator", mediator).setParameter("assessed", ro.referral.model.ReferralMovePolicy.ASSESSED)
                .getResultList();
        return rows.stream().flatMap(java.util.Arrays::stream).filter(java.util.Objects::nonNull).map(UUID.class::cast)
                .distinct().toList();
    }

    private static final List<ReferralState> OPEN = List.of(ReferralState.DORMANT, ReferralState.SUBMITTED,
            ReferralState.UNDER_ASSESSMENT);

    /**
     * The queue's filters: by state, by source, only referrals at least this old, and a search (null: none) for
     * the referrals of these people or whose offender number starts so.
     */
    record QueueFilter(ReferralState state, ReferralSource source, Instant createdBefore, Search search) {
        QueueFilter(ReferralState state, ReferralSource source, Instant createdBefore) {
            this(state, source, createdBefore, null);
        }
    }

    /** A search of the queue: the people it found, and the offender number pattern (null when the search is no number). */
    record Search(PeopleSearch people, String offenderNumberPrefix) {
        private static final java.util.regex.Pattern NUMBER_START = java.util.regex.Pattern.compile("^[A-Z0-9]{1,12}$");

        /** The search for these people, and for the offender numbers starting with the query when it can start one. */
        static Search of(PeopleSearch people, String query) {
            String start = query.strip().toUpperCase(java.util.Locale.ROOT);
            return new Search(people, NUMBER_START.matcher(start).matches() ? start + "%" : null);
        }
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

    /** The queue's order, oldest first (ties by id); a cursor resumes after a page's last creation time and id. */
    private static final Keyset OLDEST_FIRST = Keyset.of("referral-queue", Keyset.ascending("r.createdAt", Keyset.Kind.INSTANT),
            Keyset.ascending("r.id", Keyset.Kind.ID));

    /** The queue's referrals under these filters (each holds when it is given); {@code state} apart, as the counts per state give none. */
    private static Listing.Source queueSource(QueueFilter filter, ReferralState state) {
        // a referral disposed of (a tombstone naming nobody) is no longer work
        StringBuilder where = new StringBuilder("from Referral r where r.disposedAt is null");
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            where.append(" and r.state = :state");
            params.put("state", state);
        }
        if (filter.source() != null) {
            where.append(" and r.source = :source");
            params.put("source", filter.source());
        }
        if (filter.createdBefore() != null) {
            where.append(" and r.createdAt <= :before");
            params.put("before", filter.createdBefore());
        }
        if (filter.search() != null) {
            where.append(searched(filter.search(), params));
        }
        return new Listing.Source("select r", where.toString(), params, "r.id");
    }

    /**
     * The referrals of the people found or with the offender number, as one set of ids: each way of finding them is
     * its own indexed lookup (offender, harmed person, number prefix), where an {@code or} of the three would have
     * PostgreSQL filter the whole queue row by row (30 ms for a search that finds one person, at ten times national
     * scale, against 7 ms so).
     */
    private static String searched(Search search, Map<String, Object> params) {
        List<String> any = new java.util.ArrayList<>();
        if (!search.people().findsNobody()) {
            any.add("select x.id from Referral x where " + search.people().holdsFor("x.offenderId"));
            any.add("select x.id from Referral x where " + search.people().holdsFor("x.harmedPersonId"));
            params.putAll(search.people().parameters());
        }
        if (search.offenderNumberPrefix() != null) {
            any.add("select x.id from Referral x where x.offenderNumber like :number");
            params.put("number", search.offenderNumberPrefix());
        }
        return any.isEmpty() ? " and 1 = 0" : " and r.id in (" + String.join(" union all ", any) + ")";
    }

    /**
     * One page of the queue, oldest first, with the people's names read in one more query (never one per row). Its
     * total is taken from the counts per state under the same filter (the state's, or all of them added up), which
     * the queue's page shows anyway: the queue is not counted a second time.
     */
    Listing.Slice<ReferralSummary> queue(QueueFilter filter, Map<String, Long> countsByState, int page, int size, String after) {
        long total = filter.state() == null ? countsByState.values().stream().mapToLong(Long::longValue).sum()
                : countsByState.getOrDefault(filter.state().name(), 0L);
        Listing.Slice<Referral> slice = listing.page(Referral.class, queueSource(filter, filter.state()), OLDEST_FIRST,
                r -> new Object[] { r.createdAt, r.id }, page, size, after, total);
        List<Referral> found = slice.items();
        Map<UUID, ParticipantLookup.Named> named = found.isEmpty() ? Map.of() : people.findAll(found.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.offenderId, r.harmedPersonId)).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return new Listing.Slice<>(found.stream().map(r -> {
            ParticipantLookup.Named o = r.offenderId == null ? null : named.get(r.offenderId);
            ParticipantLookup.Named h = r.harmedPersonId == null ? null : named.get(r.harmedPersonId);
            return new ReferralSummary(r.id, r.source, r.state, r.offenderNumber, o == null ? null : o.firstName(),
                    o == null ? null : o.lastName(), h == null ? null : h.firstName(), h == null ? null : h.lastName(), r.channel,
                    r.noContactCondition, r.noContactReviewedAt, r.duplicateOf, r.createdAt);
        }).toList(), slice.total(), slice.next());
    }

    /** Referrals per state, with every filter but the state ({@code count(*)}, so an index on the state alone serves it). */
    Map<String, Long> countsByState(QueueFilter filter) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (ReferralState s : ReferralState.values()) {
            counts.put(s.name(), 0L);
        }
        Listing.Source all = queueSource(filter, null);
        var query = getEntityManager().createQuery("select r.state, count(*) " + all.from() + " group by r.state", Object[].class);
        all.parameters().forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put(((ReferralState) row[0]).name(), (Long) row[1]);
        }
        return counts;
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

    /** The referrer's list, newest first (ties by id); a cursor resumes after a page's last creation time and id. */
    private static final Keyset NEWEST_FIRST = Keyset.of("submitted-referrals", Keyset.descending("r.createdAt", Keyset.Kind.INSTANT),
            Keyset.ascending("r.id", Keyset.Kind.ID));

    /** The referrer's referrals, newest first. */
    Listing.Slice<Referral> submittedBy(Referrer who, int page, int size, String after) {
        Map<String, Object> params = new HashMap<>(mineParameters(who).map());
        return listing.page(Referral.class, new Listing.Source("select r", "from Referral r where (" + mine(who) + ")", params, "r.id"),
                NEWEST_FIRST, r -> new Object[] { r.createdAt, r.id }, page, size, after);
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
