package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.reference.service.ReferenceData;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.Meeting;
import ro.casefile.model.MeetingAttendee;
import ro.casefile.model.MeetingPolicy;
import ro.rules.Breach;
import ro.security.Caller;

/** Face-to-face meetings: scheduled and held only when the case is safe and every attendee takes part and consents. */
@ApplicationScoped
public class MeetingService {

    static final String AUDIT_TYPE = "MEETING";

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    CaseService caseService;
    @Inject
    CaseMoves moves;
    @Inject
    ReferenceData reference;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    java.time.Clock clock;

    @Transactional
    public MeetingView schedule(UUID caseId, NewMeeting request) {
        CaseFile caseFile = access.reachableForChange(caseId);
        List<UUID> attendeeIds = request.participantIds().stream().distinct().toList();
        CaseSituation situation = checkPolicy(caseFile, attendeeIds);
        Instant now = Instant.now(clock);
        ReferenceData.InstitutionRef at = request.institutionId() == null ? null
                : reference.activeInstitution(request.institutionId(), "institutionId");
        String place = at != null ? at.nameEn() : ro.rules.Text.blankToNull(request.institution());
        if (place == null) {
            throw Invalid.field("institution", "NotBlank", "participant.institution-or-id.required");
        }
        Meeting m = Meeting.schedule(caseId, place.strip(), request.scheduledFor(), request.safetyPlan().strip(),
                caller.username(), now);
        m.institutionId = at == null ? null : at.id();
        cases.persistAny(m);
        Map<UUID, String> names = caseService.namesOf(attendeeIds);
        for (UUID p : attendeeIds) {
            cases.persistAny(MeetingAttendee.of(m.id, situation.isSupportPerson(p) ? MeetingAttendee.Role.SUPPORT_PERSON
                    : MeetingAttendee.Role.PARTICIPANT, p, names.get(p)));
        }
        if (request.others() != null) {
            for (NewMeeting.Attendee other : request.others()) {
                if (other.role() == MeetingAttendee.Role.PARTICIPANT) {
                    throw new Invalid(List.of(new Breach("others.role", "NotParticipant", "meeting.others.role")));
                }
                cases.persistAny(MeetingAttendee.of(m.id, other.role(), null, other.name().strip()));
            }
        }
        caseService.event(caseId, "MEETING_SCHEDULED", now, m.institution, m.scheduledFor.toString());
        moves.meeting(m, null);
        cases.flush();
        audit.record(AuditRecord.change("SCHEDULE_MEETING", AUDIT_TYPE, m.id).with("case", caseId).fields(AuditRecord.filledFields(request)));
        return view(m, cases.attendees(List.of(m.id)));
    }

    /** A meeting is held only if it could still be scheduled now: the hold and withdrawals apply to holding too. */
    @Transactional
    public MeetingView recordOutcome(UUID caseId, UUID meetingId, MeetingOutcome outcome) {
        CaseFile caseFile = access.reachableForChange(caseId);
        Meeting m = find(caseId, meetingId);
        List<MeetingAttendee> attendees = cases.attendees(List.of(m.id));
        checkPolicy(caseFile, attendees.stream().filter(a -> a.participantId != null).map(a -> a.participantId).toList());
        Instant now = Instant.now(clock);
        m.held(outcome.outcome().strip(), outcome.agreements(), now);
        caseService.event(caseId, "MEETING_HELD", now, m.scheduledFor.toString());
        moves.meeting(m, Meeting.MeetingState.SCHEDULED);
        cases.flush();
        audit.record(AuditRecord.change("MEETING_HELD", AUDIT_TYPE, m.id).with("case", caseId).fields("state")
                .fields(AuditRecord.filledFields(outcome)));
        return view(m, attendees);
    }

    @Transactional
    public MeetingView cancel(UUID caseId, UUID meetingId, MeetingCancellation cancellation) {
        access.reachableForChange(caseId);
        Meeting m = find(caseId, meetingId);
        Instant now = Instant.now(clock);
        m.cancel(cancellation == null ? null : cancellation.reason(), now);
        caseService.event(caseId, "MEETING_CANCELLED", now, m.scheduledFor.toString());
        moves.meeting(m, Meeting.MeetingState.SCHEDULED);
        cases.flush();
        audit.record(AuditRecord.change("CANCEL_MEETING", AUDIT_TYPE, m.id).with("case", caseId).fields("state")
                .fields(cancellation == null ? List.of() : AuditRecord.filledFields(cancellation)));
        return view(m, cases.attendees(List.of(m.id)));
    }

    @Transactional
    public List<MeetingView> list(UUID caseId) {
        access.reachable(caseId);
        List<Meeting> meetings = cases.getEntityManager()
                .createQuery("from Meeting m where m.caseId = :c order by m.scheduledFor, m.id", Meeting.class)
                .setParameter("c", caseId).getResultList();
        Map<UUID, List<MeetingAttendee>> attendees = cases.attendees(meetings.stream().map(m -> m.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.meetingId));
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("case", caseId));
        return meetings.stream().map(m -> view(m, attendees.getOrDefault(m.id, List.of()))).toList();
    }

    /** The case's situation, once the meeting's attendees may meet in it (support persons of the case among them). */
    private CaseSituation checkPolicy(CaseFile caseFile, List<UUID> participantIds) {
        CaseSituation situation = access.situationOf(caseFile);
        if (!participantIds.stream().allMatch(situation::isParticipant)) {
            throw new Invalid(List.of(new Breach("participantIds", "ParticipantOfTheCase", "meeting.participant.not-in-case")));
        }
        Map<UUID, String> names = caseService.namesOf(participantIds);
        MeetingPolicy.mayScheduleMeeting(situation, participantIds.stream().map(id -> new MeetingPolicy.Attendee(id, names.get(id))).toList())
                .orRefuse();
        return situation;
    }

    private Meeting find(UUID caseId, UUID meetingId) {
        Meeting m = cases.getEntityManager().find(Meeting.class, meetingId);
        if (m == null || !m.caseId.equals(caseId)) {
            throw new NotFound("meeting.resource");
        }
        return m;
    }

    static MeetingView view(Meeting m, List<MeetingAttendee> attendees) {
        return new MeetingView(m.id, m.caseId, m.institution, m.institutionId, m.scheduledFor, m.safetyPlan, m.state, m.outcome, m.agreements,
                m.cancelReason, attendees.stream().map(a -> new MeetingView.AttendeeView(a.role, a.participantId, a.name)).toList(),
                m.version);
    }
}
