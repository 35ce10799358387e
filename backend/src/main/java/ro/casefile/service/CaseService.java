package ro.casefile.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseAssignment;
import ro.casefile.model.CaseEvent;
import ro.casefile.model.CaseFile;
import ro.casefile.model.CaseParticipant;
import ro.casefile.model.CaseReferral;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseWay;
import ro.casefile.model.Consent;
import ro.casefile.model.Mediator;
import ro.casefile.model.Meeting;
import ro.casefile.model.Side;
import ro.casefile.model.Way;
import ro.participant.ParticipantLookup;
import ro.participant.ParticipantLookup.Named;
import ro.participant.PeopleSearch;
import ro.referral.model.Referral;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;
import ro.rules.Breach;
import ro.rules.Refusal;
import ro.lists.Listing;
import ro.security.CaseScope;
import ro.security.Caller;
import ro.security.Roles;

/** Opens cases and carries them through the process; every read and change audited and put on the timeline. */
@ApplicationScoped
public class CaseService {

    static final String AUDIT_TYPE = "CASE";

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    ParticipantLookup people;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    CaseActions caseActions;
    @Inject
    Clock clock;
    @Inject
    CaseMoves moves;
    @Inject
    ro.security.StaffNames staff;
    @Inject
    jakarta.enterprise.event.Event<ParticipantWithdrew> withdrawals;
    @Inject
    jakarta.enterprise.event.Event<ParticipantRejoined> rejoins;
    @Inject
    jakarta.enterprise.event.Event<ConsentChanged> consentChanges;

    // ---- opening and mediators ------------------------------------------------------------------

    @Transactional
    public CaseView open(OpenCase request) {
        Instant now = Instant.now(clock);
        List<Referral> referrals = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(request.referralIds())) {
            Referral r = cases.getEntityManager().find(Referral.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (r == null) {
                throw new Invalid(List.of(new Breach("referralIds", "Exists", "case.referral.unknown")));
            }
            if (r.state != ReferralState.ACCEPTED) {
                throw new Refusal("case.referral.not-accepted", id.toString(), r.state.name());
            }
            if (cases.caseOf(id).isPresent()) {
                throw new Refusal("case.referral.already-in-case", id.toString());
            }
            referrals.add(r);
        }
        Set<String> offenderNumbers = referrals.stream().map(r -> r.offenderNumber).filter(n -> n != null).collect(Collectors.toSet());
        if (offenderNumbers.size() > 1) {
            throw new Refusal("case.referral.several-offenders");
        }
        Set<UUID> harmed = new LinkedHashSet<>();
        Set<UUID> offenders = new LinkedHashSet<>();
        for (Referral r : referrals) {
            if (r.source == ReferralSource.HARMED_PERSON) {
                harmed.add(r.harmedPersonId);
            }
            if (r.offenderId != null) {
                offenders.add(r.offenderId);
            }
        }
        if (harmed.isEmpty() || offenders.isEmpty()) {
            throw new Refusal("case.needs-both-sides");
        }
        List<String> mediators = checkedMediators(request.mediators());
        CaseFile caseFile = CaseFile.open(caller.username(), now);
        cases.persist(caseFile);
        for (Referral r : referrals) {
            CaseReferral link = new CaseReferral();
            link.key = new CaseReferral.Key(caseFile.id, r.id);
            cases.persistAny(link);
        }
        harmed.forEach(p -> cases.persistAny(CaseParticipant.joining(caseFile.id, p, Side.HARMED, now)));
        offenders.forEach(p -> cases.persistAny(CaseParticipant.joining(caseFile.id, p, Side.OFFENDER, now)));
        mediators.forEach(m -> cases.persistAny(CaseAssignment.of(caseFile.id, m, caller.username(), now)));
        event(caseFile.id, "OPENED", now, String.valueOf(referrals.size()), String.join(", ", mediators));
        moves.staged(caseFile, null);
        cases.flush();
        String referralIds = referrals.stream().map(r -> r.id.toString()).collect(Collectors.joining(","));
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, caseFile.id).with("referrals", referralIds)
                .with("mediators", String.join(",", mediators)).fields(AuditRecord.filledFields(request)));
        return view(caseFile);
    }

    @Transactional
    public CaseView assignMediators(UUID caseId, List<String> requested) {
        CaseFile caseFile = access.reachableForChange(caseId);
        List<String> mediators = checkedMediators(requested);
        Instant now = Instant.now(clock);
        List<CaseAssignment> current = cases.currentAssignments(List.of(caseId));
        Set<String> kept = new HashSet<>();
        for (CaseAssignment a : current) {
            if (mediators.contains(a.mediator)) {
                kept.add(a.mediator);
            } else {
                a.endedAt = now;
            }
        }
        cases.flush();
        mediators.stream().filter(m -> !kept.contains(m))
                .forEach(m -> cases.persistAny(CaseAssignment.of(caseId, m, caller.username(), now)));
        event(caseId, "MEDIATORS", now, String.join(", ", mediators));
        cases.flush();
        audit.record(AuditRecord.change("ASSIGN_MEDIATORS", AUDIT_TYPE, caseId).with("mediators", String.join(",", mediators)).fields("mediators"));
        return view(caseFile);
    }

    private List<String> checkedMediators(List<String> requested) {
        List<String> distinct = requested.stream().distinct().toList();
        if (distinct.size() != requested.size()) {
            throw new Invalid(List.of(new Breach("mediators", "Distinct", "case.mediators.distinct")));
        }
        for (String m : distinct) {
            Mediator mediator = cases.getEntityManager().find(Mediator.class, m);
            if (mediator == null || !mediator.active) {
                throw new Invalid(List.of(new Breach("mediators", "OnActiveRoster", "case.mediators.not-on-roster")));
            }
        }
        return distinct;
    }

    // ---- reading --------------------------------------------------------------------------------

    @Transactional
    public CasePage list(String q, int page, int size, String after) {
        CaseScope scope = caller.caseScope();
        PeopleSearch searched = q == null || q.isBlank() ? null : people.search(q);
        Listing.Slice<CaseFile> slice = cases.page(scope, searched, page, size, after);
        List<CaseFile> found = slice.items();
        List<UUID> ids = found.stream().map(c -> c.id).toList();
        List<CaseSummary> items = List.of();
        if (!ids.isEmpty()) {
            Map<UUID, List<String>> mediators = cases.currentAssignments(ids).stream()
                    .collect(Collectors.groupingBy(a -> a.caseId, Collectors.mapping(a -> a.mediator, Collectors.toList())));
            List<CaseSituation> situations = cases.situations(found, access.today());
            Map<UUID, Named> named = people.findAll(situations.stream().flatMap(s -> s.participantIds().stream()).collect(Collectors.toSet()));
            items = java.util.stream.IntStream.range(0, found.size()).mapToObj(i -> {
                CaseFile c = found.get(i);
                CaseSituation s = situations.get(i);
                return new CaseSummary(c.id, c.stage, mediators.getOrDefault(c.id, List.of()), staff.all(mediators.getOrDefault(c.id, List.of())),
                        s.participantIds().stream().map(named::get).map(n -> n.firstName() + " " + n.lastName()).toList(),
                        s.onSafetyHold(), s.nextSafetyReviewDue(), c.openedAt);
            }).toList();
        }
        // a search is personal data: that one happened is audited, never its text
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("searched", searched != null ? Boolean.TRUE : null).withIds(ids));
        return new CasePage(items, slice.paging(page, size));
    }

    @Transactional
    public CaseView read(UUID caseId) {
        CaseFile caseFile = access.reachable(caseId);
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, caseId));
        return view(caseFile);
    }

    // ---- the process ----------------------------------------------------------------------------

    @Transactional
    public CaseView moveStage(UUID caseId, StageMove move) {
        CaseFile caseFile = access.reachableForChange(caseId);
        StageState before = StageState.of(caseFile);
        Instant now = Instant.now(clock);
        caseFile.moveTo(move.stage(), move.outcomeSummary(), move.closureOutcome(), now);
        cases.record(newEvent(caseId, "STAGE", "STAGE", now, before.stage().name(), caseFile.stage.name())
                .movedTo(caseFile.stage, caseFile.closureOutcome));
        moves.staged(caseFile, before.stage());
        cases.flush();
        audit.record(AuditRecord.change("STAGE", AUDIT_TYPE, caseId).with("from", before.stage()).with("to", caseFile.stage)
                .fields(AuditRecord.changedFields(before, StageState.of(caseFile))));
        return view(caseFile);
    }

    /** What a stage move may change, to name the changed fields in the audit trail (public: the trail reads its components). */
    public record StageState(ro.casefile.model.CaseStage stage, String outcomeSummary,
            ro.casefile.model.ClosureOutcome closureOutcome, Instant closedAt) {
        static StageState of(CaseFile c) {
            return new StageState(c.stage, c.outcomeSummary, c.closureOutcome, c.closedAt);
        }
    }

    @Transactional
    public CaseView chooseWays(UUID caseId, Set<Way> ways) {
        CaseFile caseFile = access.reachableForChange(caseId);
        Instant now = Instant.now(clock);
        List<CaseWay> current = cases.currentWays(caseId);
        Set<Way> had = current.stream().map(w -> w.way).collect(Collectors.toSet());
        for (CaseWay w : current) {
            if (!ways.contains(w.way)) {
                w.droppedAt = now;
                w.droppedBy = caller.username();
            }
        }
        cases.flush();
        ways.stream().filter(w -> !had.contains(w)).sorted()
                .forEach(w -> cases.persistAny(CaseWay.chosen(caseId, w, caller.username(), now)));
        event(caseId, "WAYS", now, ways.isEmpty() ? "—" : ways.stream().sorted().map(Way::name).collect(Collectors.joining(", ")));
        caseFile.updatedAt = now;
        cases.flush();
        audit.record(AuditRecord.change("WAYS", AUDIT_TYPE, caseId)
                .with("ways", ways.stream().sorted().map(Way::name).collect(Collectors.joining(","))).fields("ways"));
        return view(caseFile);
    }

    /**
     * A participant gives or withdraws consent to a way, saying how. A withdrawal is respected at once, as
     * a withdrawal from the program is: their pending messages of that kind are held (by the relay, on
     * {@link ConsentChanged}) and, for face to face, their scheduled meetings are cancelled.
     */
    @Transactional
    public CaseView recordConsent(UUID caseId, UUID participantId, ConsentRecord consent) {
        CaseFile caseFile = access.reachableForChange(caseId);
        member(caseId, participantId);
        Instant now = Instant.now(clock);
        cases.persistAny(Consent.of(caseId, participantId, consent.way(), consent.given(), consent.how(), caller.username(), now));
        event(caseId, "CONSENT", consent.given() ? "CONSENT_HOW" : "CONSENT_WITHDRAWN_HOW", now, nameOf(participantId),
                consent.way().name(), consent.how().name());
        if (!consent.given() && consent.way() == Way.FACE_TO_FACE) {
            cancelMeetingsOf(caseId, participantId, now, "Participant withdrew consent to face to face", "MEETING_CANCELLED_CONSENT");
        }
        consentChanges.fire(new ConsentChanged(caseId, participantId, consent.way(), consent.given(), now));
        cases.flush();
        audit.record(AuditRecord.change("CONSENT", AUDIT_TYPE, caseId).with("participant", participantId).with("way", consent.way())
                .with("given", consent.given()).with("how", consent.how()).fields("consents"));
        return view(caseFile);
    }

    private void cancelMeetingsOf(UUID caseId, UUID participantId, Instant now, String reason, String wording) {
        for (Meeting m : cases.scheduledMeetingsAttendedBy(caseId, participantId)) {
            m.cancel(reason, now);
            moves.meeting(m, Meeting.MeetingState.SCHEDULED);
            event(caseId, "MEETING_CANCELLED", wording, now, m.scheduledFor.toString());
        }
    }

    /**
     * A participant withdraws: no reason needed, effective at once. Their scheduled meetings are
     * cancelled in the same transaction, and nothing more is delivered to or from them.
     */
    @Transactional
    public CaseView withdraw(UUID caseId, UUID participantId) {
        return changeParticipation(caseId, participantId, "WITHDRAW", (p, now) -> {
            p.withdraw(now);
            cases.record(newEvent(caseId, "WITHDRAWN", "WITHDRAWN", now, nameOf(participantId)).about(p.side).concerning(participantId));
            withdrawals.fire(new ParticipantWithdrew(caseId, participantId, now));
            cancelMeetingsOf(caseId, participantId, now, "Participant withdrew", "MEETING_CANCELLED_WITHDRAWAL");
        });
    }

    @Transactional
    public CaseView rejoin(UUID caseId, UUID participantId) {
        return changeParticipation(caseId, participantId, "REJOIN", (p, now) -> {
            p.rejoin(now);
            cases.record(newEvent(caseId, "REJOINED", "REJOINED", now, nameOf(participantId)).about(p.side).concerning(participantId));
            rejoins.fire(new ParticipantRejoined(caseId, participantId, now));
        });
    }

    /** A participant's taking part changes (withdrawal or rejoin): the change, then one audit record of it. */
    private CaseView changeParticipation(UUID caseId, UUID participantId, String action, BiConsumer<CaseParticipant, Instant> change) {
        CaseFile caseFile = access.reachableForChange(caseId);
        moves.changingHold(caseFile, () -> change.accept(member(caseId, participantId), Instant.now(clock)));
        audit.record(AuditRecord.change(action, AUDIT_TYPE, caseId).with("participant", participantId).fields("status", "statusSince"));
        return view(caseFile);
    }

    // ---- what the message relay needs to know -------------------------------------------------------

    /** Raised in the withdrawal's transaction: whatever waits to be delivered to or from them is held at once. */
    public record ParticipantWithdrew(UUID caseId, UUID participantId, Instant at) {
    }

    /** Raised in the rejoin's transaction. */
    public record ParticipantRejoined(UUID caseId, UUID participantId, Instant at) {
    }

    /** Raised in the consent's transaction: a participant gave or withdrew consent to a way. */
    public record ConsentChanged(UUID caseId, UUID participantId, Way way, boolean given, Instant at) {
    }

    // ---- shared with the other case services ------------------------------------------------------

    CaseParticipant member(UUID caseId, UUID participantId) {
        return cases.participant(caseId, participantId)
                .orElseThrow(() -> new NotFound("case.participant.resource"));
    }

    /** Puts an event on the timeline; its summary is kept as a message key and arguments, worded in the reader's language. */
    void event(UUID caseId, String kind, Instant at, String... args) {
        event(caseId, kind, kind, at, args);
    }

    /** An event of this kind, worded by a variant (e.g. a consent withdrawn is a CONSENT event). */
    void event(UUID caseId, String kind, String wording, Instant at, String... args) {
        cases.record(newEvent(caseId, kind, wording, at, args));
    }

    private CaseEvent newEvent(UUID caseId, String kind, String wording, Instant at, String... args) {
        return CaseEvent.of(caseId, kind, TimelineWording.store("timeline." + wording, args), caller.username(), at);
    }

    /** Participants' names in one query, for lists of attendees. */
    Map<UUID, String> namesOf(java.util.Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return people.findAll(participantIds).values().stream()
                .collect(Collectors.toMap(Named::id, n -> n.firstName() + " " + n.lastName()));
    }

    String nameOf(UUID participantId) {
        return people.find(participantId).map(n -> n.firstName() + " " + n.lastName()).orElse(participantId.toString());
    }

    LocalDate today() {
        return access.today();
    }

    CaseView view(CaseFile c) {
        CaseSituation situation = access.situationOf(c);
        Map<UUID, Named> named = people.findAll(situation.participantIds());
        List<CaseParticipantView> participants = situation.participants().stream().map(p -> {
            Named n = named.get(p.participantId());
            return new CaseParticipantView(n.id(), n.kind(), n.firstName(), n.lastName(), p.side(), p.status(), p.since(),
                    consentsOf(p), p.joined().at(), p.joined().later(), p.joined().supports());
        }).toList();
        List<String> mediators = cases.currentAssignments(List.of(c.id)).stream().map(a -> a.mediator).toList();
        return new CaseView(c.id, c.stage, c.outcomeSummary, c.closureOutcome, c.openedAt, c.openedBy, staff.of(c.openedBy), c.closedAt,
                cases.referralIds(c.id), participants, mediators, staff.all(mediators),
                cases.currentWays(c.id).stream().map(w -> w.way).toList(), situation.onSafetyHold(),
                situation.holdReasons().stream().map(r -> new HoldReasonView(r.participantId(), r.reason(), r.due())).toList(),
                situation.nextSafetyReviewDue(), situation.noContactReviewPending(), c.version,
                caseActions.allowed(situation), CaseWarning.of(situation, named, cases.languagesOf(mediators)),
                caseActions.mayScheduleMeeting(situation), caseActions.refused(situation));
    }

    /** The latest answer per way, by the way's name: true given, false withdrawn; absent when never asked. */
    private static Map<String, Boolean> consentsOf(CaseSituation.Member p) {
        Map<String, Boolean> answers = new TreeMap<>();
        p.consents().forEach(w -> answers.put(w.name(), true));
        p.declined().forEach(w -> answers.put(w.name(), false));
        return answers;
    }
}
