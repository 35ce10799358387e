package ro.casefile.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import ro.casefile.model.CaseAssignment;
import ro.casefile.model.CaseEvent;
import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseParticipant;
import ro.casefile.model.CaseReferral;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseWay;
import ro.casefile.model.Consent;
import ro.casefile.model.Meeting;
import ro.casefile.model.MeetingAttendee;
import ro.casefile.model.SafetyAssessment;
import ro.casefile.model.SafetyHoldPolicy;
import ro.casefile.model.Way;
import ro.lists.Keyset;
import ro.lists.Listing;
import ro.participant.PeopleSearch;
import ro.referral.service.ReferralConditions;
import ro.security.CaseScope;

/** Cases and what hangs off them, read in batches (by case ids) so that lists make no query per row. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseFile, UUID>, CaseReferrals {

    @Inject
    ReferralConditions referralConditions;

    @Inject
    Listing listing;

    @Override
    public Optional<UUID> caseOf(UUID referralId) {
        return em().createQuery("select c.key.caseId from CaseReferral c where c.key.referralId = :r", UUID.class)
                .setParameter("r", referralId).getResultStream().findFirst();
    }

    private EntityManager em() {
        return getEntityManager();
    }

    Optional<CaseFile> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ids of the cases a scope reaching less than all reaches (none for {@link CaseScope#NONE}). */
    List<UUID> caseIdsReachedBy(CaseScope scope) {
        if (scope.reachesAll()) {
            throw new IllegalArgumentException("Every case is reached: bound nothing rather than list them");
        }
        if (scope.reachesNone()) {
            return List.of();
        }
        return em().createNamedQuery(CaseAssignment.CASES_OF_MEDIATOR, UUID.class).setParameter("mediator", scope.mediator())
                .getResultList();
    }

    boolean reaches(CaseScope scope, UUID caseId) {
        return scope.reachesAll() || caseIdsReachedBy(scope).contains(caseId);
    }

    /** The participants of the cases a scope reaching less than all reaches. */
    List<UUID> participantIdsReachedBy(CaseScope scope) {
        List<UUID> caseIds = caseIdsReachedBy(scope);
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select distinct p.key.participantId from CaseParticipant p where p.key.caseId in :c", UUID.class)
                .setParameter("c", caseIds).getResultList();
    }

    List<CaseAssignment> currentAssignments(Collection<UUID> caseIds) {
        return em().createNamedQuery(CaseAssignment.CURRENT_OF_CASES, CaseAssignment.class)
                .setParameter("cases", caseIds).getResultList();
    }

    /** The languages each of these mediators speaks, as the roster keeps them. */
    List<List<ro.participant.OfficialLanguage>> languagesOf(Collection<String> mediators) {
        if (mediators.isEmpty()) {
            return List.of();
        }
        return em().createQuery("from Mediator m where m.username in :m", ro.casefile.model.Mediator.class)
                .setParameter("m", mediators).getResultList().stream().map(ro.casefile.model.Mediator::speaks).toList();
    }

    List<CaseParticipant> participants(Collection<UUID> caseIds) {
        return em().createQuery("from CaseParticipant p where p.key.caseId in :c order by p.side, p.statusSince", CaseParticipant.class)
                .setParameter("c", caseIds).getResultList();
    }

    Optional<CaseParticipant> participant(UUID caseId, UUID participantId) {
        return Optional.ofNullable(em().find(CaseParticipant.class, new CaseParticipant.Key(caseId, participantId),
                LockModeType.PESSIMISTIC_WRITE));
    }

    List<CaseWay> currentWays(UUID caseId) {
        return em().createQuery("from CaseWay w where w.caseId = :c and w.droppedAt is null", CaseWay.class)
                .setParameter("c", caseId).getResultList().stream().sorted(java.util.Comparator.comparing(w -> w.way)).toList();
    }

    List<UUID> referralIds(UUID caseId) {
        return em().createQuery("select r.key.referralId from CaseReferral r where r.key.caseId = :c order by r.key.referralId", UUID.class)
                .setParameter("c", caseId).getResultList();
    }

    /**
     * The situation of each of these cases as its rules see it, in the cases' order, read in a fixed
     * number of queries whatever the number of cases.
     */
    List<CaseSituation> situations(List<CaseFile> caseFiles, LocalDate today) {
        if (caseFiles.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = caseFiles.stream().map(c -> c.id).toList();
        Map<UUID, List<CaseParticipant>> participants = participants(ids).stream()
                .collect(Collectors.groupingBy(p -> p.key.caseId(), LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Map<UUID, Map<Way, Boolean>>> consents = consents(ids);
        Map<UUID, Set<Way>> ways = em().createQuery("from CaseWay w where w.caseId in :c and w.droppedAt is null", CaseWay.class)
                .setParameter("c", ids).getResultStream()
                .collect(Collectors.groupingBy(w -> w.caseId, Collectors.mapping(w -> w.way, Collectors.toSet())));
        Map<UUID, UUID> caseOfReferral = em().createQuery("from CaseReferral r where r.key.caseId in :c", CaseReferral.class)
                .setParameter("c", ids).getResultStream().collect(Collectors.toMap(r -> r.key.referralId(), r -> r.key.caseId()));
        Set<UUID> reviewPending = new HashSet<>();
        referralConditions.noContactReviewPending(caseOfReferral.keySet()).forEach(r -> reviewPending.add(caseOfReferral.get(r)));
        Map<UUID, Map<UUID, SafetyHoldPolicy.Latest>> safety = latestSafety(ids);
        return caseFiles.stream().map(c -> {
            Map<UUID, Map<Way, Boolean>> given = consents.getOrDefault(c.id, Map.of());
            List<CaseSituation.Member> members = participants.getOrDefault(c.id, List.of()).stream().map(p -> {
                Map<Way, Boolean> answers = given.getOrDefault(p.key.participantId(), Map.of());
                return new CaseSituation.Member(p.key.participantId(), p.side, p.isActive(), p.statusSince, waysAnswered(answers, true),
                        waysAnswered(answers, false), new CaseSituation.Joined(p.joinedAt, p.addedBy, p.supports));
            }).toList();
            return CaseSituation.of(c.id, c.stage, members, ways.getOrDefault(c.id, Set.of()), safety.getOrDefault(c.id, Map.of()),
                    reviewPending.contains(c.id), today);
        }).toList();
    }

    private static Set<Way> waysAnswered(Map<Way, Boolean> answers, boolean given) {
        return answers.entrySet().stream().filter(e -> e.getValue() == given).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Latest consent per case, participant and way: the later record replaces the earlier. */
    private Map<UUID, Map<UUID, Map<Way, Boolean>>> consents(Collection<UUID> caseIds) {
        Map<UUID, Map<UUID, Map<Way, Boolean>>> latest = new HashMap<>();
        em().createQuery("from Consent c where c.caseId in :c order by c.recordedAt, c.id", Consent.class)
                .setParameter("c", caseIds).getResultList()
                .forEach(c -> latest.computeIfAbsent(c.caseId, k -> new HashMap<>())
                        .computeIfAbsent(c.participantId, k -> new java.util.EnumMap<>(Way.class)).put(c.way, c.given));
        return latest;
    }

    /** The latest finalised safety assessment of each participant of these cases. */
    Map<UUID, Map<UUID, SafetyHoldPolicy.Latest>> latestSafety(Collection<UUID> caseIds) {
        Map<UUID, Map<UUID, SafetyHoldPolicy.Latest>> latest = new HashMap<>();
        em().createQuery("from SafetyAssessment a where a.caseId in :c and a.lifecycle.finalisedAt is not null order by a.lifecycle.finalisedAt desc, a.id",
                SafetyAssessment.class).setParameter("c", caseIds).getResultList()
                .forEach(a -> latest.computeIfAbsent(a.caseId, k -> new HashMap<>()).putIfAbsent(a.participantId,
                        new SafetyHoldPolicy.Latest(a.riskLevel, a.notSafeToProceed, a.nextDue)));
        return latest;
    }

    List<Meeting> scheduledMeetingsAttendedBy(UUID caseId, UUID participantId) {
        return em().createQuery("""
                select m from Meeting m where m.caseId = :c and m.state = :s
                  and exists (select 1 from MeetingAttendee a where a.meetingId = m.id and a.participantId = :p)""", Meeting.class)
                .setParameter("c", caseId).setParameter("s", Meeting.MeetingState.SCHEDULED).setParameter("p", participantId)
                .getResultList();
    }

    List<MeetingAttendee> attendees(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("from MeetingAttendee a where a.meetingId in :m order by a.role, a.name", MeetingAttendee.class)
                .setParameter("m", meetingIds).getResultList();
    }

    void record(CaseEvent event) {
        em().persist(event);
    }

    void persistAny(Object entity) {
        em().persist(entity);
    }

    /** The cases list's order, newest first (ties by id); a cursor resumes after a page's last opening time and id. */
    private static final Keyset NEWEST_FIRST = Keyset.of("cases", Keyset.descending("c.openedAt", Keyset.Kind.INSTANT),
            Keyset.ascending("c.id", Keyset.Kind.ID));

    /**
     * A page of the cases a scope reaches, newest first, with their total counted up to the cap; only those of these
     * participants when a search found them ({@code null}: no search).
     */
    Listing.Slice<CaseFile> page(CaseScope scope, PeopleSearch searched, int page, int size, String after) {
        if (searched != null && searched.findsNobody()) {
            return Listing.Slice.none();
        }
        // a case disposed of (a tombstone naming nobody) is no longer listed
        StringBuilder where = new StringBuilder("from CaseFile c where c.disposedAt is null");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!scope.reachesAll()) {
            List<UUID> reached = caseIdsReachedBy(scope);
            if (reached.isEmpty()) {
                return Listing.Slice.none();
            }
            where = new StringBuilder("from CaseFile c where c.id in :ids");
            params.put("ids", reached);
        }
        if (searched != null) {
            where.append(" and c.id in (select p.key.caseId from CaseParticipant p where " + searched.holdsFor("p.key.participantId") + ")");
            params.putAll(searched.parameters());
        }
        Listing.Source source = new Listing.Source("select c", where.toString(), params, "c.id");
        return listing.page(CaseFile.class, source, NEWEST_FIRST, c -> new Object[] { c.openedAt, c.id }, page, size, after);
    }

    /** The timeline's order, oldest first; its sequence numbers are unique, so they alone place a cursor. */
    private static final Keyset OLDEST_FIRST = Keyset.of("timeline", Keyset.ascending("e.seq", Keyset.Kind.NUMBER));

    /** A page of a case's timeline, oldest first. */
    Listing.Slice<CaseEvent> timeline(UUID caseId, int page, int size, String after) {
        return listing.page(CaseEvent.class, new Listing.Source("select e", "from CaseEvent e where e.caseId = :c", Map.of("c", caseId), "e.id"),
                OLDEST_FIRST, e -> new Object[] { e.seq }, page, size, after);
    }
}
