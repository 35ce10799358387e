package ro.casefile.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseParticipant;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.JoiningPolicy;
import ro.participant.ParticipantKind;
import ro.participant.ParticipantLookup;
import ro.participant.ParticipantLookup.Named;
import ro.participant.ParticipantService;
import ro.rules.Breach;
import ro.rules.Duplicate;
import ro.rules.Invalid;
import ro.security.Caller;

/**
 * People who join a case after it opened (a coordinator adds them): a support person, or a victim or
 * family member who came forward later. From then on they take part like everyone else: consents,
 * safety assessments, withdrawal and rejoin; a support person may attend meetings but is never a
 * message's author or recipient.
 */
@ApplicationScoped
public class JoiningService {

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    CaseService caseService;
    @Inject
    ParticipantLookup people;
    @Inject
    ParticipantService participantService;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** Adds the person to the case: refused with nothing changed (no participant recorded) when a rule says no. */
    @Transactional
    public CaseView add(UUID caseId, NewCaseParticipant request) {
        CaseFile caseFile = access.reachableForChange(caseId);
        CaseSituation situation = access.situationOf(caseFile);
        if ((request.participantId() == null) == (request.newParticipant() == null)) {
            throw Invalid.field("participantId", "ExactlyOneOfParticipantIdOrNewParticipant", "case.join.one-of");
        }
        ParticipantKind kind = request.participantId() != null
                ? people.find(request.participantId()).map(Named::kind)
                        .orElseThrow(() -> Invalid.field("participantId", "Exists", "case.join.participant.unknown"))
                : request.newParticipant().kind();
        if (request.participantId() != null && situation.isParticipant(request.participantId())) {
            throw new Duplicate("case.join.already-in-case", request.participantId().toString());
        }
        JoiningPolicy.Joiner joiner = new JoiningPolicy.Joiner(request.participantId(), kind, request.side(), request.supports());
        List<Breach> breaches = JoiningPolicy.breaches(situation, joiner);
        if (!breaches.isEmpty()) {
            throw new Invalid(breaches);
        }
        JoiningPolicy.mayJoin(situation, joiner).orRefuse();
        UUID participantId = request.participantId() != null ? request.participantId() : participantService.create(request.newParticipant()).id();
        Instant now = Instant.now(clock);
        cases.persistAny(CaseParticipant.addedLater(caseId, participantId, request.side(), request.supports(), caller.username(), now));
        if (joiner.isSupportPerson()) {
            caseService.event(caseId, "JOINED", "JOINED_SUPPORT_PERSON", now, caseService.nameOf(participantId),
                    caseService.nameOf(request.supports()));
        } else {
            caseService.event(caseId, "JOINED", "JOINED_" + kind.name(), now, caseService.nameOf(participantId));
        }
        caseFile.updatedAt = now;
        cases.flush();
        audit.record(AuditRecord.change("ADD_PARTICIPANT", CaseService.AUDIT_TYPE, caseId).with("participant", participantId)
                .with("kind", kind).with("side", request.side()).with("supports", request.supports())
                .with("newParticipant", request.newParticipant() != null ? "recorded" : null).fields("participants"));
        return caseService.view(caseFile);
    }
}
