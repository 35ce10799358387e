package ro.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import ro.rules.Duplicate;
import ro.rules.StaleVersion;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.rules.Breach;
import ro.lists.Listing;
import ro.reference.service.ReferenceData;
import ro.security.Caller;


/** Records, changes and finds participants; every read and change is audited in its transaction. */
@ApplicationScoped
public class ParticipantService {

    static final String AUDIT_TYPE = "PARTICIPANT";

    @Inject
    ParticipantRepository participants;

    @Inject
    ParticipantVisibility visibility;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    ReferenceData reference;

    @Inject
    Clock clock;

    @Transactional
    public ParticipantView create(NewParticipant request) {
        Participant.Identity identity = placed(request.kind(), request.identity(), request.contact() != null, null);
        refuseTakenOffenderNumber(identity.offenderNumber(), null);
        Participant participant = Participant.register(request.kind(), identity,
                request.contact() == null ? null : request.contact().toContact(), caller.username(), Instant.now(clock));
        participants.persist(participant);
        flushRefusingDuplicates(identity.offenderNumber());
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, participant.id).fields(filledFields(request.contact())));
        return ParticipantView.of(participant, visibility.maySeeContact(participant));
    }

    @Transactional
    public ParticipantView read(UUID id) {
        Participant participant = reachable(id);
        boolean withContact = visibility.maySeeContact(participant);
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, id).with("contact", withContact ? "shown" : null));
        return ParticipantView.of(participant, withContact);
    }

    @Transactional
    public ParticipantView update(UUID id, long expectedVersion, ParticipantUpdate request) {
        Participant participant = reachable(id);
        StaleVersion.requireCurrent(participant.version, expectedVersion);
        Participant.Identity identity = placed(participant.kind, request.identity(), request.contact() != null, participant);
        refuseTakenOffenderNumber(identity.offenderNumber(), id);
        List<String> changed = changedFields(participant, identity, request.contact());
        participant.amend(identity, request.contact() == null ? null : request.contact().toContact(), Instant.now(clock));
        flushRefusingDuplicates(identity.offenderNumber());
        audit.record(AuditRecord.change("UPDATE", AUDIT_TYPE, id).fields(changed));
        return ParticipantView.of(participant, visibility.maySeeContact(participant));
    }

    @Transactional
    public ParticipantPage list(String query, ParticipantKind kind, String offenderNumber, int page, int size, String after) {
        List<UUID> within = visibility.scope().reachesAll() ? null : visibility.reached();
        Listing.Slice<ParticipantSummary> found = within == null || !within.isEmpty()
                ? participants.search(new ParticipantRepository.Search(query, kind, offenderNumber, within), page, size, after)
                : Listing.Slice.<ParticipantSummary>none();
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).withIds(found.items().stream().map(ParticipantSummary::id).toList()));
        return new ParticipantPage(found.items(), found.paging(page, size));
    }

    private Participant reachable(UUID id) {
        return participants.findByIdOptional(id)
                .filter(visibility::mayReach)
                .orElseThrow(() -> new NotFound("participant.resource"));
    }

    /**
     * The identity checked against the rules and, for an offender, placed at the institution chosen: an
     * active one, or the one they are already at; its English name becomes the recorded text. An update
     * that keeps the recorded text without naming an id (an older client) keeps the institution.
     */
    private Participant.Identity placed(ParticipantKind kind, Participant.Identity identity, boolean hasContact,
            Participant current) {
        List<Breach> breaches = ParticipantRules.check(kind, identity.offenderNumber(), identity.institution(),
                identity.institutionId() != null, hasContact);
        if (!breaches.isEmpty()) {
            throw new Invalid(breaches);
        }
        UUID currentId = current == null ? null : current.institutionId;
        if (identity.institutionId() != null) {
            ReferenceData.InstitutionRef at = reference.institution(identity.institutionId(), currentId, "institutionId");
            return identity.at(at.id(), at.nameEn());
        }
        if (currentId != null && identity.institution() != null && identity.institution().equals(current.institution)) {
            return identity.at(currentId, current.institution);
        }
        return identity;
    }

    private void refuseTakenOffenderNumber(String offenderNumber, UUID self) {
        if (offenderNumber == null) {
            return;
        }
        participants.byOffenderNumber(offenderNumber)
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw new Duplicate("participant.offender-number.taken", other.id.toString(), offenderNumber);
                });
    }

    /** Two requests racing for one offender number: the database's unique index decides, the loser gets 409. */
    private void flushRefusingDuplicates(String offenderNumber) {
        try {
            participants.flush();
        } catch (ConstraintViolationException e) {
            throw new Duplicate("participant.offender-number.taken", null, offenderNumber);
        }
    }

    /** The names of the fields given, never their values: the audit trail holds no personal data. */
    private static List<String> filledFields(ContactDetails contact) {
        return contact == null ? List.of("identity") : List.of("identity", "contact");
    }

    private static List<String> changedFields(Participant p, Participant.Identity next, ContactDetails contact) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(p.firstName, next.firstName())) {
            changed.add("firstName");
        }
        if (!Objects.equals(p.lastName, next.lastName())) {
            changed.add("lastName");
        }
        if (p.preferredLanguage != next.preferredLanguage()) {
            changed.add("preferredLanguage");
        }
        if (!Objects.equals(p.offenderNumber, next.offenderNumber())) {
            changed.add("offenderNumber");
        }
        if (!Objects.equals(p.institution, next.institution())) {
            changed.add("institution");
        }
        if (!Objects.equals(p.institutionId, next.institutionId())) {
            changed.add("institutionId");
        }
        if (!Objects.equals(ContactDetails.of(p.contact), contact == null ? null : ContactDetails.of(contact.toContact()))) {
            changed.add("contact");
        }
        return changed;
    }
}
