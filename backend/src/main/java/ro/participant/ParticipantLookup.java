package ro.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;

/** What other features may ask of participants: who someone is, and the offender with a given number. */
@ApplicationScoped
public class ParticipantLookup {

    /** A participant as other features name them: no contact details. */
    public record Named(UUID id, ParticipantKind kind, String firstName, String lastName, String offenderNumber,
            OfficialLanguage preferredLanguage) {
        static Named of(Participant p) {
            return new Named(p.id, p.kind, p.firstName, p.lastName, p.offenderNumber, p.preferredLanguage);
        }
    }

    /** What a staff referral says of an offender the program may not know yet. */
    public record OffenderIdentity(String offenderNumber, String firstName, String lastName,
            OfficialLanguage preferredLanguage, String institution, UUID institutionId) {
    }

    @Inject
    ParticipantRepository participants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    public Optional<Named> find(UUID id) {
        return participants.findByIdOptional(id).map(Named::of);
    }

    /** The participant's whole record, contact details included, unaudited: for a caller that audits its own use of it. */
    @Transactional(TxType.MANDATORY)
    public Optional<ParticipantView> record(UUID id) {
        return participants.findByIdOptional(id).map(p -> ParticipantView.of(p, true));
    }

    /** The official language the participant is served in. */
    @Transactional(TxType.MANDATORY)
    public Optional<OfficialLanguage> languageOf(UUID id) {
        return participants.findByIdOptional(id).map(p -> p.preferredLanguage);
    }

    @Transactional(TxType.MANDATORY)
    public Map<UUID, Named> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Participant> found = participants.list("id in ?1", ids);
        return found.stream().map(Named::of).collect(Collectors.toMap(Named::id, Function.identity()));
    }

    /** How a participant can be reached, as recorded: what a message relayed to the other side is screened for. */
    public record ContactPoint(UUID id, String phone, String email, String postalAddress) {
    }

    /** The recorded contact details of these participants (offenders normally have none). */
    @Transactional(TxType.MANDATORY)
    public List<ContactPoint> contactsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return participants.list("id in ?1", ids).stream().filter(p -> p.contact != null)
                .map(p -> new ContactPoint(p.id, p.contact.phone, p.contact.email, p.contact.postalAddress)).toList();
    }

    /**
     * A search for participants by name or offender number, as a condition for another feature's query: every word
     * of it starts a word of their first name, last name or offender number, accents and case aside, and it finds
     * every person it matches. Unaudited: the caller audits its use of the search (never its text).
     */
    public PeopleSearch search(String query) {
        return participants.search(query);
    }

    /** The offender with this number, when the program knows them. */
    @Transactional(TxType.MANDATORY)
    public Optional<Named> findOffender(String offenderNumber) {
        return participants.byOffenderNumber(offenderNumber).map(Named::of);
    }

    /**
     * The offender with this number; recorded from the referral when the program does not know them
     * yet (then the name and language are needed: empty when they are missing).
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Named> findOrRegisterOffender(OffenderIdentity offender, String by) {
        Optional<Participant> known = participants.byOffenderNumber(offender.offenderNumber());
        if (known.isPresent()) {
            return known.map(Named::of);
        }
        if (offender.firstName() == null || offender.firstName().isBlank() || offender.lastName() == null
                || offender.lastName().isBlank() || offender.preferredLanguage() == null) {
            return Optional.empty();
        }
        Participant p = Participant.register(ParticipantKind.OFFENDER,
                new Participant.Identity(offender.firstName().strip(), offender.lastName().strip(),
                        offender.preferredLanguage(), offender.offenderNumber(), offender.institution(),
                        offender.institutionId()),
                null, by, Instant.now(clock));
        participants.persist(p);
        audit.record(AuditRecord.change("CREATE", ParticipantService.AUDIT_TYPE, p.id).with("from", "referral").fields("identity"));
        return Optional.of(Named.of(p));
    }
}
