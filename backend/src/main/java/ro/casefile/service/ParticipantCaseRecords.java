package ro.casefile.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.casefile.model.CaseEvent;
import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseNote;
import ro.casefile.model.CaseParticipant;
import ro.casefile.model.Consent;
import ro.casefile.model.Meeting;
import ro.casefile.model.MeetingAttendee;
import ro.casefile.model.ParticipantFeedback;
import ro.casefile.model.SafetyAssessment;
import ro.rules.Messages;

/** {@link ParticipantCases} read in a fixed number of queries, whatever the number of cases. */
@ApplicationScoped
public class ParticipantCaseRecords implements ParticipantCases {

    /** Timeline events about the whole case that name no one. */
    static final List<String> CASE_WIDE = List.of("OPENED", "STAGE", "WAYS");

    @Inject
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public List<CasePart> casesOf(UUID participantId) {
        List<CaseParticipant> parts = em.createQuery("from CaseParticipant p where p.key.participantId = :p", CaseParticipant.class)
                .setParameter("p", participantId).getResultList();
        if (parts.isEmpty()) {
            return List.of();
        }
        List<UUID> caseIds = parts.stream().map(p -> p.key.caseId()).toList();
        Map<UUID, CaseFile> cases = byId(em.createQuery("from CaseFile c where c.id in :ids", CaseFile.class)
                .setParameter("ids", caseIds).getResultList(), c -> c.id);
        Map<UUID, List<CaseParticipant>> members = grouped(em.createQuery(
                "from CaseParticipant p where p.key.caseId in :ids and p.key.participantId <> :p", CaseParticipant.class)
                .setParameter("ids", caseIds).setParameter("p", participantId).getResultList(), p -> p.key.caseId());
        Map<UUID, List<CaseEvent>> events = grouped(em.createQuery("""
                from CaseEvent e where e.caseId in :ids and (e.participantId = :p or e.kind in :wide) order by e.seq""", CaseEvent.class)
                .setParameter("ids", caseIds).setParameter("p", participantId).setParameter("wide", CASE_WIDE).getResultList(), e -> e.caseId);
        Map<UUID, List<Consent>> consents = grouped(mine("Consent", "recordedAt", caseIds, participantId, Consent.class), c -> c.caseId);
        Map<UUID, List<SafetyAssessment>> safety = grouped(mine("SafetyAssessment", "lifecycle.createdAt", caseIds, participantId,
                SafetyAssessment.class), a -> a.caseId);
        Map<UUID, List<ParticipantFeedback>> feedback = grouped(mine("ParticipantFeedback", "recordedAt", caseIds, participantId,
                ParticipantFeedback.class), f -> f.caseId);
        Map<UUID, List<MeetingAttended>> meetings = meetingsAttended(caseIds, participantId);
        Map<UUID, List<CaseNote>> notes = grouped(em.createQuery("from CaseNote n where n.caseId in :ids order by n.createdAt", CaseNote.class)
                .setParameter("ids", caseIds).getResultList(), n -> n.caseId);
        return parts.stream().map(p -> {
            UUID id = p.key.caseId();
            CaseFile c = cases.get(id);
            return new CasePart(id, c.stage, c.openedAt, c.closedAt, c.outcomeSummary, p.side, p.status, p.statusSince,
                    members.getOrDefault(id, List.of()).stream().map(m -> new Member(m.key.participantId(), m.side)).toList(),
                    events.getOrDefault(id, List.of()).stream().map(e -> new Event(e.at, e.kind,
                            TimelineWording.read(e.summary, Messages.ENGLISH), TimelineWording.read(e.summary, Messages.FRENCH))).toList(),
                    consents.getOrDefault(id, List.of()).stream().map(k -> new ConsentChange(k.way, k.given, k.how, k.recordedAt)).toList(),
                    safety.getOrDefault(id, List.of()).stream().map(a -> new Safety(a.id, a.riskLevel, a.emotionalWellbeing, a.readiness,
                            a.safetyMeasures, a.notSafeToProceed, a.nextDue, a.lifecycle.createdAt, a.lifecycle.finalisedAt,
                            a.lifecycle.amendsId)).toList(),
                    meetings.getOrDefault(id, List.of()),
                    feedback.getOrDefault(id, List.of()).stream().map(f -> new Feedback(f.feltSafe, f.feltHeard, f.needsMet,
                            f.wouldRecommend, f.comments, f.recordedAt)).toList(),
                    notes.getOrDefault(id, List.of()).stream().map(n -> new Note(n.createdAt, n.mediatorsOnly)).toList());
        }).sorted(java.util.Comparator.comparing(CasePart::openedAt)).toList();
    }

    private <T> List<T> mine(String entity, String order, Collection<UUID> caseIds, UUID participantId, Class<T> type) {
        return em.createQuery("from " + entity + " x where x.caseId in :ids and x.participantId = :p order by x." + order, type)
                .setParameter("ids", caseIds).setParameter("p", participantId).getResultList();
    }

    private Map<UUID, List<MeetingAttended>> meetingsAttended(Collection<UUID> caseIds, UUID participantId) {
        List<Meeting> meetings = em.createQuery("""
                select m from Meeting m where m.caseId in :ids
                  and exists (select 1 from MeetingAttendee a where a.meetingId = m.id and a.participantId = :p)
                order by m.scheduledFor""", Meeting.class)
                .setParameter("ids", caseIds).setParameter("p", participantId).getResultList();
        if (meetings.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<MeetingAttendee>> attendees = grouped(em.createQuery(
                "from MeetingAttendee a where a.meetingId in :m and (a.participantId is null or a.participantId <> :p)", MeetingAttendee.class)
                .setParameter("m", meetings.stream().map(m -> m.id).toList()).setParameter("p", participantId).getResultList(),
                a -> a.meetingId);
        return meetings.stream().collect(Collectors.groupingBy(m -> m.caseId, Collectors.mapping(m -> new MeetingAttended(m.id,
                m.scheduledFor, m.institution, m.state.name(), m.safetyPlan, m.outcome, m.agreements, m.cancelReason,
                attendees.getOrDefault(m.id, List.of()).stream().map(a -> new Attendee(a.role.name(), a.participantId, a.name)).toList()),
                Collectors.toList())));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> Map<UUID, List<T>> grouped(List<T> items, Function<T, UUID> key) {
        return items.stream().collect(Collectors.groupingBy(key));
    }
}
