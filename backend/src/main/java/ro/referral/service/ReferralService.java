package ro.referral.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import ro.rules.Unprocessable;
import ro.rules.Duplicate;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.rules.StaleVersion;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.participant.ParticipantKind;
import ro.participant.ParticipantLookup;
import ro.participant.ParticipantLookup.Named;
import ro.participant.ParticipantService;
import ro.referral.model.FederalSentence;
import ro.referral.model.Referral;
import ro.referral.model.ReferralMatch;
import ro.referral.model.ReferralSource;
import ro.referral.model.ReferralState;
import ro.referral.model.IdempotencyKey;
import ro.reference.service.ReferenceData;
import ro.rules.Breach;
import ro.rules.Text;
import ro.security.Caller;
import ro.security.Roles;

/**
 * Intake and triage of referrals: harmed people's requests, offenders' referrals by staff or by an
 * integrated system, the matches between them, and the coordinator's decisions. Every read and
 * change is audited in its transaction.
 */
@ApplicationScoped
public class ReferralService {

    static final String AUDIT_TYPE = "REFERRAL";

    @Inject
    ReferralRepository referrals;
    @Inject
    MatchRepository matches;
    @Inject
    SuitabilityRepository assessments;
    @Inject
    IdempotencyRepository idempotencyKeys;
    @Inject
    ParticipantLookup people;
    @Inject
    ParticipantService participantService;
    @Inject
    ReferenceData reference;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ReferralViews views;
    @Inject
    ReferralAccess access;
    @Inject
    ReferralMoves moves;

    // ---- intake -------------------------------------------------------------------------------

    @Transactional
    public ReferralView recordHarmedPersonRequest(HarmedPersonRequest request) {
        UUID regionId = request.regionId() == null ? null : reference.activeRegion(request.regionId(), "regionId").id();
        UUID harmedPersonId = harmedPerson(request);
        refuseSecondOpen(request.offenderNumber(), harmedPersonId);
        Instant now = Instant.now(clock);
        Referral referral = Referral.harmedPersonRequest(harmedPersonId, request.offenderNumber(), request.channel(),
                request.victimRegistration(), request.notes(), submitter(), now);
        referral.regionId = regionId;
        referral.federalSentence = FederalSentence.orUnknown(request.federalSentence());
        if (request.offenderNumber() == null && Text.blankToNull(request.offenderLastName()) != null) {
            referral.referredAs(Text.blankToNull(request.offenderFirstName()), request.offenderLastName().strip());
        }
        if (request.offenderNumber() != null) {
            people.findOffender(request.offenderNumber()).ifPresent(o -> referral.offenderId = o.id());
        }
        referrals.persist(referral);
        matchWithOtherSide(referral, now);
        flushRefusingRacedDuplicates();
        moves.created(referral);
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, referral.id).with("source", referral.source)
                .with("state", referral.state).fields(AuditRecord.filledFields(request)));
        return view(referral);
    }

    /** The outcome of an offender's referral: the staff view of it, and whether this call created it. */
    public record Submitted(SubmittedReferralView view, boolean created) {
    }

    @Transactional
    public SubmittedReferralView referOffenderAsStaff(OffenderReferralRequest request) {
        if (request.onBehalfOf() != null) {
            throw new Invalid(List.of(new Breach("onBehalfOf", "IntegrationOnly", "referral.on-behalf-of.integration-only")));
        }
        return referOffender(request, ReferralSource.STAFF, caller.username());
    }

    /**
     * An integrated system refers an offender for a named staff member. The same Idempotency-Key with
     * the same body returns the first result and creates nothing; with another body it is refused.
     */
    @Transactional
    public Submitted referOffenderAsIntegration(String idempotencyKey, OffenderReferralRequest request) {
        if (request.onBehalfOf() == null) {
            throw new Invalid(List.of(new Breach("onBehalfOf", "NotNull", "referral.on-behalf-of.required")));
        }
        String hash = request.fingerprint();
        Optional<IdempotencyKey> seen = idempotencyKeys.lockedFind(caller.subject(), idempotencyKey);
        if (seen.isPresent()) {
            if (!seen.get().requestHash.equals(hash)) {
                throw new Unprocessable(Unprocessable.Reason.IDEMPOTENCY_KEY_REUSED, "referral.idempotency.reused");
            }
            Referral first = referrals.findById(seen.get().referralId);
            audit.record(AuditRecord.read("READ", AUDIT_TYPE, first.id).with("view", "submitted").with("replay", "idempotency-key"));
            return new Submitted(submittedView(first), false);
        }
        SubmittedReferralView view = referOffender(request, ReferralSource.INTEGRATION, request.onBehalfOf());
        idempotencyKeys.persist(IdempotencyKey.of(caller.subject(), idempotencyKey, hash, view.id(), Instant.now(clock)));
        idempotencyKeys.flush();
        return new Submitted(view, true);
    }

    /**
     * Records the referral as the caller's own, answering the same whatever the program already holds
     * about the offender: a second referral of an offender already referred is linked, for the
     * coordinator, to the open one, and the referrer is shown only what they gave.
     */
    private SubmittedReferralView referOffender(OffenderReferralRequest request, ReferralSource source, String referringStaff) {
        ReferenceData.InstitutionRef at = request.institutionId() == null ? null
                : reference.activeInstitution(request.institutionId(), "institutionId");
        String institution = at != null ? at.nameEn() : Text.blankToNull(request.institution());
        if (institution == null) {
            throw Invalid.field("institution", "NotBlank", "participant.institution-or-id.required");
        }
        referrals.lockOffenderNumber(request.offenderNumber());
        Named offender = people.findOrRegisterOffender(new ParticipantLookup.OffenderIdentity(request.offenderNumber(),
                request.offenderFirstName(), request.offenderLastName(), request.offenderPreferredLanguage(),
                institution, at == null ? null : at.id()), referringStaff)
                .orElseThrow(() -> new IllegalStateException("an offender referral always names the offender"));
        Optional<Referral> open = referrals.openFor(request.offenderNumber(), null);
        Instant now = Instant.now(clock);
        Referral referral = Referral.offenderReferral(source, offender.id(), request.offenderNumber(), referringStaff,
                new Referral.StaffStatements(Boolean.TRUE.equals(request.staffSupportsParticipation()),
                        Boolean.TRUE.equals(request.offenderTakesResponsibility())),
                request.reasons(), request.safetyConcerns(), Text.blankToNull(request.noContactCondition()), submitter(), now);
        referral.referredAs(request.offenderFirstName().strip(), request.offenderLastName().strip());
        referral.regionId = at == null ? null : at.regionId();
        referral.federalSentence = FederalSentence.orUnknown(request.federalSentence());
        open.ifPresent(referral::duplicates);
        referrals.persist(referral);
        if (open.isEmpty()) {
            matchWithOtherSide(referral, now);
        }
        referrals.flush();
        moves.created(referral);
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, referral.id).with("source", source).with("state", referral.state)
                .with("noContactReview", referral.noContactReviewPending() ? "pending" : null).with("duplicateOf", referral.duplicateOf)
                .fields(AuditRecord.filledFields(request)));
        return submittedView(referral);
    }

    /** The person who asks must be a victim or a family member; an offender must be referred by staff. */
    private UUID harmedPerson(HarmedPersonRequest request) {
        if ((request.participantId() == null) == (request.newParticipant() == null)) {
            throw new Invalid(List.of(new Breach("participantId", "ExactlyOneOfParticipantIdOrNewParticipant",
                    "referral.harmed-person.one-of")));
        }
        ParticipantKind kind = request.participantId() != null
                ? people.find(request.participantId()).map(Named::kind).orElseThrow(() -> new Invalid(List.of(
                        new Breach("participantId", "Exists", "referral.harmed-person.unknown"))))
                : request.newParticipant().kind();
        if (kind == ParticipantKind.OFFENDER) {
            throw new Unprocessable(Unprocessable.Reason.OFFENDER_SELF_REFERRAL, "referral.offender-self-referral");
        }
        if (!kind.isHarmedPerson()) {
            throw new Invalid(List.of(new Breach(request.participantId() != null ? "participantId" : "newParticipant.kind",
                    "HarmedPersonOnly", "referral.harmed-person.kind")));
        }
        return request.participantId() != null ? request.participantId() : participantService.create(request.newParticipant()).id();
    }

    private void refuseSecondOpen(String offenderNumber, UUID harmedPersonId) {
        if (offenderNumber == null) {
            return;
        }
        referrals.openFor(offenderNumber, harmedPersonId).ifPresent(open -> {
            throw new Duplicate("referral.second-open", open.id.toString(), open.id.toString());
        });
    }

    /**
     * A request and a referral about the same offender meet: both are put before a coordinator, and the
     * dormant ones wake. With nobody on the other side yet, the new one is kept on file (DORMANT).
     */
    private void matchWithOtherSide(Referral referral, Instant now) {
        if (referral.offenderNumber == null) {
            return;
        }
        boolean harmedSide = referral.source == ReferralSource.HARMED_PERSON;
        List<Referral> others = referrals.otherSide(referral.offenderNumber, harmedSide);
        if (others.isEmpty()) {
            referral.keepDormant();
            return;
        }
        for (Referral other : others) {
            if (other.state == ReferralState.DORMANT) {
                other.matched(now);
                moves.moved(other, ReferralState.DORMANT);
                audit.record(AuditRecord.change("MATCH", AUDIT_TYPE, other.id).with("matchedWith", referral.id)
                        .with("from", ReferralState.DORMANT).with("to", other.state).fields("state"));
            }
            matches.persist(harmedSide ? ReferralMatch.between(referral, other, now) : ReferralMatch.between(other, referral, now));
        }
    }

    /** Two requests for the same pair at the same moment: the unique index decides, the loser gets 409. */
    private void flushRefusingRacedDuplicates() {
        try {
            referrals.flush();
        } catch (ConstraintViolationException e) {
            if ("referral_one_open_per_pair".equals(e.getConstraintName())) {
                throw new Duplicate("referral.second-open-raced", null);
            }
            throw e;
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    @Transactional
    public ReferralQueuePage queue(ReferralState state, ReferralSource source, Integer minAgeDays, String q, int page, int size, String after) {
        Instant before = minAgeDays == null ? null : Instant.now(clock).minus(Duration.ofDays(minAgeDays));
        ReferralRepository.Search search = q == null || q.isBlank() ? null
                : ReferralRepository.Search.of(people.search(q), q);
        ReferralRepository.QueueFilter filter = new ReferralRepository.QueueFilter(state, source, before, search);
        Map<String, Long> counts = referrals.countsByState(filter);
        var found = referrals.queue(filter, counts, page, size, after);
        // a search is personal data: that one happened is audited, never its text
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("searched", search != null ? Boolean.TRUE : null)
                .withIds(found.items().stream().map(ReferralSummary::id).toList()));
        return new ReferralQueuePage(found.items(), found.paging(page, size), counts);
    }

    @Transactional
    public ReferralView read(UUID id) {
        Referral referral = access.reachable(id);
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, id));
        return view(referral);
    }

    @Transactional
    public SubmittedReferralPage submitted(int page, int size, String after) {
        var found = referrals.submittedBy(referrer(), page, size, after);
        List<SubmittedReferralView> items = found.items().stream().map(ReferralService::submittedView).toList();
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("view", "submitted").withIds(items.stream().map(SubmittedReferralView::id).toList()));
        return new SubmittedReferralPage(items, found.paging(page, size));
    }

    /** Only the caller's own referral (or, for staff, one made on their behalf); anyone else's answers 404. */
    @Transactional
    public SubmittedReferralView submittedOne(UUID id) {
        Referral referral = referrals.submittedOne(referrer(), id).filter(r -> r.source.refersAnOffender())
                .orElseThrow(() -> new NotFound("referral.resource"));
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, id).with("view", "submitted"));
        return submittedView(referral);
    }

    /** The caller as a referrer: a staff member also owns the referrals integrated systems made for them. */
    private ReferralRepository.Referrer referrer() {
        return new ReferralRepository.Referrer(caller.subject(), caller.is(ro.security.Roles.STAFF) ? caller.username() : null);
    }

    // ---- decisions ----------------------------------------------------------------------------

    @Transactional
    public ReferralView startAssessment(UUID id) {
        return change(id, "START_ASSESSMENT", r -> r.startAssessment(Instant.now(clock)), "state");
    }

    @Transactional
    public ReferralView accept(UUID id) {
        return change(id, "ACCEPT", r -> r.accept(assessments.current(id).map(a -> a.outcome), caller.username(),
                Instant.now(clock)), DECIDED);
    }

    @Transactional
    public ReferralView decline(UUID id, Decline decline) {
        if (decline.reason() == ro.referral.model.DeclineReason.OTHER && Text.blankToNull(decline.details()) == null) {
            throw new Invalid(List.of(new Breach("details", "RequiredForOther", "referral.decline.other-needs-details")));
        }
        String details = Text.blankToNull(decline.details());
        return change(id, "DECLINE", r -> r.decline(decline.reason(), details, caller.username(), Instant.now(clock)),
                details == null ? DECLINED : DECLINED_WITH_DETAILS);
    }

    /** What is known of eligibility, recorded on an open referral by a coordinator (If-Match: its version). */
    @Transactional
    public ReferralView recordEligibility(UUID id, long version, Eligibility eligibility) {
        String[] fields = eligibility.victimRegistration() == null ? new String[] { "federalSentence" }
                : new String[] { "federalSentence", "victimRegistration" };
        return change(id, "ELIGIBILITY", r -> {
            StaleVersion.requireCurrent(r.version, version);
            r.recordEligibility(eligibility.federalSentence(), eligibility.victimRegistration(), Instant.now(clock));
        }, fields);
    }

    /**
     * A harmed person asked about an offender by name: a coordinator confirms the number, and only then is
     * the request matched with that offender's referral (or kept on file until one comes).
     */
    @Transactional
    public ReferralView confirmOffenderNumber(UUID id, long version, String number) {
        Referral referral = referrals.lockedForChange(id).orElseThrow(() -> new NotFound("referral.resource"));
        StaleVersion.requireCurrent(referral.version, version);
        refuseSecondOpen(number, referral.harmedPersonId);
        Instant now = Instant.now(clock);
        ReferralState from = referral.state;
        referral.confirmOffenderNumber(number, people.findOffender(number).map(Named::id).orElse(null), now);
        matchWithOtherSide(referral, now);
        flushRefusingRacedDuplicates();
        moves.moved(referral, from);
        audit.record(AuditRecord.change("CONFIRM_OFFENDER", AUDIT_TYPE, id).with("state", referral.state).fields("offenderNumber"));
        return view(referral);
    }

    @Transactional
    public ReferralView withdraw(UUID id) {
        return change(id, "WITHDRAW", r -> r.withdraw(caller.username(), Instant.now(clock)), DECIDED);
    }

    @Transactional
    public ReferralView reviewNoContactCondition(UUID id) {
        return change(id, "REVIEW_NO_CONTACT", r -> r.reviewNoContactCondition(caller.username(), Instant.now(clock)),
                "noContactReviewedAt", "noContactReviewedBy");
    }

    /** The fields a decision sets (a decline also its reason, and its details when given). */
    private static final String[] DECIDED = { "state", "decidedAt", "decidedBy" };
    private static final String[] DECLINED = { "state", "declineReason", "decidedAt", "decidedBy" };
    private static final String[] DECLINED_WITH_DETAILS = { "state", "declineReason", "declineDetails", "decidedAt", "decidedBy" };

    /**
     * Locks the referral for the move, so that of two coordinators deciding at once exactly one wins;
     * audited with the states it moved between and the names of the fields it set.
     */
    private ReferralView change(UUID id, String action, java.util.function.Consumer<Referral> move, String... fields) {
        Referral referral = referrals.lockedForChange(id).orElseThrow(() -> new NotFound("referral.resource"));
        ReferralState from = referral.state;
        move.accept(referral);
        referrals.flush();
        moves.moved(referral, from);
        audit.record(AuditRecord.change(action, AUDIT_TYPE, id).with("from", from).with("to", referral.state).fields(fields));
        return view(referral);
    }

    // ---- views --------------------------------------------------------------------------------

    ReferralView view(Referral r) {
        return views.of(r);
    }

    /**
     * What staff and integrated systems see: a referral kept on file shows as SUBMITTED, the offender
     * as the referrer named them, and nothing of the other side, of other referrals or of the program's records.
     */
    static SubmittedReferralView submittedView(Referral r) {
        String state = r.state == ReferralState.DORMANT ? ReferralState.SUBMITTED.name() : r.state.name();
        return new SubmittedReferralView(r.id, r.offenderNumber, r.referredFirstName, r.referredLastName, r.referringStaff,
                state, r.createdAt, r.state == ReferralState.ACCEPTED || r.state == ReferralState.DECLINED ? r.decidedAt : null);
    }

    private Referral.Submitter submitter() {
        return new Referral.Submitter(caller.subject(), caller.username());
    }
}
