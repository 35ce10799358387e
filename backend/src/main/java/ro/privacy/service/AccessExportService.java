package ro.privacy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.audit.RecordHistory;
import ro.casefile.service.ParticipantCases;
import ro.casefile.service.ParticipantCases.CasePart;
import ro.participant.ParticipantLookup;
import ro.participant.ParticipantView;
import ro.privacy.model.PartyRole;
import ro.privacy.model.Severing;
import ro.privacy.service.AccessExport.ExportedCase;
import ro.privacy.service.AccessExport.Withheld;
import ro.referral.service.ReferralsOf;
import ro.relay.service.MessagesOf;
import ro.rules.NotFound;
import ro.security.Caller;

/**
 * Gathers everything held about one person through each feature's query interface, severs other people's
 * personal information (see {@link Disclosure}) and audits the export (ACCESS_EXPORT on the participant, with
 * its format), in one read transaction.
 */
@ApplicationScoped
public class AccessExportService {

    static final String PARTICIPANT = "PARTICIPANT";

    @Inject
    ParticipantLookup people;
    @Inject
    ReferralsOf referrals;
    @Inject
    ParticipantCases cases;
    @Inject
    MessagesOf messages;
    @Inject
    RecordHistory history;
    @Inject
    AccessExportSettings settings;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    CorrectionService corrections;

    /** The export as a JSON document. */
    @Transactional
    public AccessExport export(UUID participantId) {
        return gather(participantId, "JSON");
    }

    /** The export as a PDF: every section in the person's preferred language, then in the other. */
    @Transactional
    public byte[] pdf(UUID participantId) {
        return AccessExportPdf.render(gather(participantId, "PDF"));
    }

    private AccessExport gather(UUID participantId, String format) {
        ParticipantView person = people.record(participantId).orElseThrow(() -> new NotFound("participant.resource"));
        RecordHistory.Entries log = history.about(PARTICIPANT, participantId.toString(), settings.maxAuditEntries());
        List<ReferralsOf.Naming> referred = referrals.referralsNaming(participantId);
        List<CasePart> parts = cases.casesOf(participantId);
        MessagesOf.Some<MessagesOf.Authored> authored = messages.authoredBy(participantId, settings.maxMessages());
        MessagesOf.Some<MessagesOf.Received> received = messages.deliveredTo(participantId, settings.maxMessages());

        Set<UUID> others = others(participantId, referred, parts, authored, received);
        Map<UUID, ParticipantLookup.Named> named = people.findAll(others);
        Disclosure disclosure = new Disclosure(participantId, person.kind().name(), severing(named, people.contactsOf(others), parts),
                id -> named.containsKey(id) ? PartyRole.ofKind(named.get(id).kind().name()) : PartyRole.HARMED_PERSON);

        List<Withheld> withheld = new ArrayList<>();
        List<AccessExport.ExportedReferral> referralsOut = referred.stream().map(r -> disclosure.referral(r, withheld)).toList();
        List<ExportedCase> casesOut = parts.stream().map(c -> disclosure.casePart(c, withheld)).toList();
        AccessExport export = new AccessExport(Instant.now(clock), caller.username(), person, referralsOut, casesOut,
                new AccessExport.AuthoredMessages(authored.items().stream().map(disclosure::authored).toList(), authored.total(), authored.cut()),
                new AccessExport.ReceivedMessages(received.items().stream().map(disclosure::received).toList(), received.total(), received.cut()),
                new AccessExport.AuditEntries(log.items().stream()
                        .map(e -> new AccessExport.AuditEntry(e.at(), e.action(), e.username(), e.roles())).toList(), log.cut()),
                corrections.madeBy(participantId).stream().map(disclosure::correction).toList(),
                List.copyOf(withheld));
        audit.record(AuditRecord.read("ACCESS_EXPORT", PARTICIPANT, participantId).with("format", format)
                .with("cut", authored.cut() || received.cut() || log.cut() ? "yes" : null));
        return export;
    }

    /** Everyone else the person's referrals, cases, meetings and messages name. */
    private static Set<UUID> others(UUID self, List<ReferralsOf.Naming> referred, List<CasePart> parts,
            MessagesOf.Some<MessagesOf.Authored> authored, MessagesOf.Some<MessagesOf.Received> received) {
        Set<UUID> ids = new LinkedHashSet<>();
        referred.forEach(r -> {
            ids.add(r.harmedPersonId());
            ids.add(r.offenderId());
        });
        parts.forEach(c -> {
            c.others().forEach(m -> ids.add(m.participantId()));
            c.meetings().forEach(m -> m.others().forEach(a -> ids.add(a.participantId())));
        });
        authored.items().forEach(m -> ids.add(m.recipientId()));
        received.items().forEach(m -> ids.add(m.authorId()));
        ids.remove(null);
        ids.remove(self);
        return ids;
    }

    /** What identifies the others: their names, offender numbers and contact details, and the support persons named at meetings. */
    private static Severing severing(Map<UUID, ParticipantLookup.Named> named, Collection<ParticipantLookup.ContactPoint> contacts,
            List<CasePart> parts) {
        List<Severing.Person> persons = new ArrayList<>();
        named.values().forEach(n -> persons.add(new Severing.Person(n.firstName(), n.lastName(), null, null, null, n.offenderNumber())));
        contacts.forEach(c -> persons.add(new Severing.Person(null, null, c.phone(), c.email(), c.postalAddress(), null)));
        parts.stream().flatMap(c -> c.meetings().stream()).flatMap(m -> m.others().stream())
                .filter(a -> a.participantId() == null && "SUPPORT_PERSON".equals(a.role()))
                .map(a -> Severing.Person.named(a.name())).forEach(persons::add);
        return Severing.of(persons);
    }
}
