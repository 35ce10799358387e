package ro.privacy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.lists.Keyset;
import ro.lists.Listing;
import ro.participant.ParticipantLookup;
import ro.privacy.model.CorrectionRequest;
import ro.privacy.model.CorrectionState;
import ro.privacy.model.RecordType;
import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.rules.StaleVersion;
import ro.security.Caller;

/**
 * Correction requests (Privacy Act): recorded against an existing record (and field), listed, and resolved
 * once by a coordinator. Each change is audited twice: on the request, and on the record disputed, so it
 * shows in that record's access log; field names only, never what the person wrote.
 */
@ApplicationScoped
public class CorrectionService {

    static final String AUDIT_TYPE = "CORRECTION_REQUEST";

    /** Open requests first, then oldest first; a cursor resumes after the rank, time and id of a page's last row. */
    private static final Keyset ORDER = Keyset.of("corrections", Keyset.ascending("c.listRank", Keyset.Kind.NUMBER),
            Keyset.ascending("c.requestedAt", Keyset.Kind.INSTANT), Keyset.ascending("c.id", Keyset.Kind.ID));

    /** The list's filters, each optional (no record ids: any record); records are named by their type and ids together. */
    public record Filter(CorrectionState state, RecordType recordType, List<UUID> recordIds, UUID participantId) {
        public Filter {
            recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
        }
    }

    @Inject
    EntityManager em;
    @Inject
    Listing listing;
    @Inject
    DisputedRecords records;
    @Inject
    ParticipantLookup participants;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ro.security.StaffNames staff;

    @Transactional
    public CorrectionView create(NewCorrection request) {
        if (participants.find(request.participantId()).isEmpty()) {
            throw unknown("participantId", "ParticipantExists", "correction.participant.not-found");
        }
        if (!records.exists(request.recordType(), request.recordId())) {
            throw unknown("recordId", "RecordExists", "correction.record.not-found");
        }
        CorrectionRequest c = CorrectionRequest.open(new CorrectionRequest.Dispute(request.participantId(), request.recordType(),
                request.recordId(), blankToNull(request.field()), request.whatIsWrong().strip(), request.whatIsAsked().strip()),
                caller.username(), Instant.now(clock));
        em.persist(c);
        em.flush();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, c.id).with("participant", c.participantId)
                .with("record", c.recordType + ":" + c.recordId).fields(AuditRecord.filledFields(request)));
        audit.record(AuditRecord.change("CORRECTION_REQUESTED", c.recordType.name(), c.recordId).with("correction", c.id)
                .fields(c.field == null ? List.of() : List.of(c.field)));
        return CorrectionView.of(c, staff);
    }

    @Transactional
    public CorrectionView read(UUID id) {
        CorrectionRequest c = find(id);
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, id));
        return CorrectionView.of(c, staff);
    }

    @Transactional
    public CorrectionView resolve(UUID id, long expectedVersion, CorrectionResolution resolution) {
        CorrectionRequest c = em.find(CorrectionRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFound("correction.resource");
        }
        StaleVersion.requireCurrent(c.version, expectedVersion);
        c.resolve(resolution.outcome(), resolution.note().strip(), caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditRecord.change("RESOLVE", AUDIT_TYPE, id).with("outcome", c.state)
                .fields("state", "resolutionNote"));
        audit.record(AuditRecord.change("CORRECTION_RESOLVED", c.recordType.name(), c.recordId).with("correction", id)
                .with("outcome", c.state).fields(c.field == null ? List.of() : List.of(c.field)));
        return CorrectionView.of(c, staff);
    }

    @Transactional
    public CorrectionPage list(Filter filter, int page, int size, String after) {
        if ((filter.recordType() == null) != filter.recordIds().isEmpty()) {
            throw Invalid.field(filter.recordType() == null ? "recordType" : "recordId", "Together", "correction.filter.record");
        }
        StringBuilder where = new StringBuilder("from CorrectionRequest c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.state() != null) {
            where.append(" and c.state = :state");
            params.put("state", filter.state());
        }
        if (filter.recordType() != null) {
            where.append(" and c.recordType = :type and c.recordId in :records");
            params.put("type", filter.recordType());
            params.put("records", filter.recordIds());
        }
        if (filter.participantId() != null) {
            where.append(" and c.participantId = :participant");
            params.put("participant", filter.participantId());
        }
        Listing.Slice<CorrectionRequest> found = listing.page(CorrectionRequest.class,
                new Listing.Source("select c", where.toString(), params, "c.id"), ORDER,
                c -> new Object[] { c.listRank, c.requestedAt, c.id }, page, size, after);
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null)
                .with("recordType", filter.recordType())
                .withIds(found.items().stream().map(c -> c.id).toList()));
        return new CorrectionPage(found.items().stream().map(c -> CorrectionView.of(c, staff)).toList(), found.paging(page, size));
    }

    private CorrectionRequest find(UUID id) {
        CorrectionRequest c = em.find(CorrectionRequest.class, id);
        if (c == null) {
            throw new NotFound("correction.resource");
        }
        return c;
    }

    private static BrokenRules unknown(String field, String rule, String key) {
        return new BrokenRules(key, List.of(new Breach(field, rule, key)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Disposal: the correction requests of people about to be erased, and those about them or about the disposed
     * records, go with them (their statements are personal data); how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int forget(java.util.Collection<UUID> people, java.util.Collection<UUID> records) {
        if (people.isEmpty() && records.isEmpty()) {
            return 0;
        }
        List<UUID> none = List.of(new UUID(0, 0));
        return em.createQuery("delete from CorrectionRequest c where c.participantId in :people or c.recordId in :people or c.recordId in :records")
                .setParameter("people", people.isEmpty() ? none : people).setParameter("records", records.isEmpty() ? none : records)
                .executeUpdate();
    }

    /** The correction requests a person made, oldest first (their access export). */
    List<CorrectionRequest> madeBy(UUID participantId) {
        return em.createQuery("from CorrectionRequest c where c.participantId = :p order by c.requestedAt, c.id", CorrectionRequest.class)
                .setParameter("p", participantId).getResultList();
    }
}
