package ro.relay.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ro.rules.Interrupted;
import ro.rules.Unavailable;
import ro.rules.StaleVersion;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseSituation;
import ro.casefile.service.CaseSituations;
import ro.casefile.service.CaseTimeline;
import ro.relay.model.ApprovalDecision;
import ro.relay.model.DeliveryPolicy;
import ro.relay.model.FileKind;
import ro.relay.model.Message;
import ro.relay.model.MessageAction;
import ro.relay.model.RecordingPolicy;
import ro.relay.model.MessageKind;
import ro.relay.model.MessageState;
import ro.relay.model.StoredFile;
import ro.rules.Breach;
import ro.rules.Text;
import ro.rules.Refusal;
import ro.security.CaseScope;
import ro.security.Caller;

/**
 * The message relay: a mediator records a message for its author, screens it, and only then can it
 * be delivered, never while the case is on hold or either side has withdrawn. Reads of content are
 * audited like every change.
 */
@ApplicationScoped
public class RelayService {

    static final String AUDIT_TYPE = "MESSAGE";

    @Inject
    CaseSituations cases;
    @Inject
    ro.participant.ParticipantLookup participants;
    @Inject
    AuthorSideContacts authorSide;
    @Inject
    FileStorage storage;
    @Inject
    RelaySettings settings;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    MessageMoves moves;
    @Inject
    ro.security.StaffNames staff;

    /** Files whose content was checked against their SHA-256, by storage key. */
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    // ---- recording and screening ----------------------------------------------------------------

    @Transactional
    public MessageView record(UUID caseId, NewMessage request) {
        CaseSituation situation = cases.situationForChange(caseId);
        if (!situation.isParticipant(request.authorId()) || !situation.isParticipant(request.recipientId())) {
            throw new Invalid(List.of(new Breach(!situation.isParticipant(request.authorId()) ? "authorId" : "recipientId",
                    "ParticipantOfTheCase", "message.participant.not-in-case")));
        }
        RecordingPolicy.mayExchange(situation, request.authorId(), request.recipientId()).orRefuse();
        if (!situation.otherSideOf(request.authorId()).contains(request.recipientId())) {
            throw new Invalid(List.of(new Breach("recipientId", "OtherSide", "message.recipient.same-side")));
        }
        RecordingPolicy.mayRecord(situation, request.authorId(), request.recipientId(), request.kind()).orRefuse();
        Message m = Message.record(caseId, request.kind(), request.authorId(), request.recipientId(), Text.blankToNull(request.text()),
                caller.username(), Instant.now(clock));
        if (!situation.isActive(request.recipientId())) {
            m.hold(m.createdAt);
        }
        em.persist(m);
        em.flush();
        moves.report(m, null, Optional.of(CaseTimeline.MessageMove.RECORDED.name()), m.createdAt);
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, m.id).with("case", caseId).with("kind", m.kind)
                .fields(AuditRecord.filledFields(request)));
        return view(m, situation);
    }

    @Transactional
    public MessageView revise(UUID caseId, UUID id, long version, String text) {
        return change(caseId, id, version, MessageAction.REVISE, m -> m.revise(Text.blankToNull(text), Instant.now(clock)), "originalText");
    }

    @Transactional
    public MessageView submit(UUID caseId, UUID id, long version) {
        return change(caseId, id, version, MessageAction.SUBMIT, m -> m.submit(
                m.originalFileId != null && file(m.originalFileId).contentType.startsWith("video/"), Instant.now(clock)),
                "submittedAt", "returnComments");
    }

    @Transactional
    public MessageView approve(UUID caseId, UUID id, long version, ApprovalDecision decision) {
        return change(caseId, id, version, MessageAction.APPROVE, m -> m.approve(decision, authorSide.screenFor(m.caseId, m.recipientId),
                caller.username(), Instant.now(clock)), decision.fieldsSet().toArray(String[]::new));
    }

    @Transactional
    public MessageView giveBack(UUID caseId, UUID id, long version, String comments) {
        return change(caseId, id, version, MessageAction.RETURN, m -> m.giveBack(comments.strip(), Instant.now(clock)),
                "returnComments", "redactedFileId");
    }

    @Transactional
    public MessageView withhold(UUID caseId, UUID id, long version, String reason) {
        return change(caseId, id, version, MessageAction.WITHHOLD, m -> m.withhold(reason.strip(), Instant.now(clock)), "withholdReason");
    }

    /**
     * Refused while either side has withdrawn, the message is held, the case is on hold or not in DIALOGUE, or the
     * recipient has not agreed to this way. Delivered now, or when the caller says (not in the future, not before the approval).
     */
    @Transactional
    public MessageView deliver(UUID caseId, UUID id, long version, ro.relay.model.DeliveryMethod method, Instant deliveredAt) {
        CaseSituation situation = cases.situationForChange(caseId);
        return changeLocked(situation, id, version, MessageAction.DELIVER, m -> {
            DeliveryPolicy.mayDeliver(m, situation).orRefuse();
            Instant now = Instant.now(clock);
            m.delivered(method, deliveredAt == null ? now : deliveredAt, now);
        }, "deliveryMethod", "deliveredAt");
    }

    @Transactional
    public MessageView acknowledge(UUID caseId, UUID id, long version, boolean authorMayKnow) {
        return change(caseId, id, version, MessageAction.ACKNOWLEDGE, m -> m.acknowledge(authorMayKnow, Instant.now(clock)),
                "acknowledgedAt", "authorMayKnow");
    }

    private MessageView change(UUID caseId, UUID id, long version, MessageAction action, Consumer<Message> move, String... fields) {
        return changeLocked(cases.situationForChange(caseId), id, version, action, move, fields);
    }

    /**
     * A move of a message of a case the caller reaches and has locked, audited with its states and the names of the
     * fields it sets.
     */
    private MessageView changeLocked(CaseSituation situation, UUID id, long version, MessageAction action, Consumer<Message> move,
            String... fields) {
        UUID caseId = situation.caseId();
        Message m = message(caseId, id, true);
        StaleVersion.requireCurrent(m.version, version);
        MessageState from = m.state;
        move.accept(m);
        em.flush();
        moves.report(m, from, action.happened(), Instant.now(clock));
        audit.record(AuditRecord.change(action.name(), AUDIT_TYPE, id).with("case", caseId).with("from", from).with("to", m.state)
                .fields(fields));
        return view(m, situation);
    }

    // ---- files ----------------------------------------------------------------------------------

    /** Which file of a message an upload is. */
    public enum FileRole {
        ORIGINAL, REDACTED
    }

    /**
     * Streams an upload to storage outside any transaction, then records it; a refused or failed upload
     * leaves no record and no file.
     */
    public MessageView upload(UUID caseId, UUID id, FileRole role, InputStream body) {
        MessageKind kind = QuarkusTransaction.requiringNew().call(() -> {
            cases.requireReachable(caseId);
            Message m = message(caseId, id, false);
            requireStateFor(m, role);
            return m.kind;
        });
        if (kind == MessageKind.RELAYED_MESSAGE) {
            throw new Refusal("message.file.relayed");
        }
        long max = kind == MessageKind.VIDEO_MESSAGE ? settings.maxVideoBytes() : settings.maxScanBytes();
        FileStorage.Written written;
        try {
            written = storage.write(body, max);
        } catch (FileStorage.TooLarge e) {
            throw new Invalid(List.of(new Breach("body", "MaxSize", kind == MessageKind.VIDEO_MESSAGE
                    ? "message.file.too-large-video" : "message.file.too-large-scan")));
        } catch (IOException e) {
            throw new Interrupted( "message.file.interrupted");
        }
        try {
            FileKind fileKind = FileKind.recognise(written.head())
                    .filter(k -> k.isVideo() == (kind == MessageKind.VIDEO_MESSAGE))
                    .orElseThrow(() -> new Invalid(List.of(new Breach("body", "AllowedType",
                            kind == MessageKind.VIDEO_MESSAGE ? "message.file.type-video" : "message.file.type-scan"))));
            return QuarkusTransaction.requiringNew().call(() -> {
                CaseSituation situation = cases.situationForChange(caseId);
                Message m = message(caseId, id, true);
                requireStateFor(m, role);
                StoredFile f = new StoredFile();
                f.id = UUID.randomUUID();
                f.caseId = caseId;
                f.contentType = fileKind.contentType();
                f.sizeBytes = written.size();
                f.sha256 = written.sha256();
                f.storageKey = written.key();
                f.keyId = written.keyId();
                f.createdAt = Instant.now(clock);
                f.createdBy = caller.username();
                em.persist(f);
                if (role == FileRole.ORIGINAL) {
                    m.attachOriginal(f.id, f.createdAt);
                } else {
                    m.attachRedacted(f.id, f.createdAt);
                }
                em.flush();
                audit.record(AuditRecord.change("UPLOAD_" + role, AUDIT_TYPE, id).with("case", caseId).with("file", f.id)
                        .with("type", f.contentType).with("bytes", f.sizeBytes)
                        .fields(role == FileRole.ORIGINAL ? "originalFileId" : "redactedFileId"));
                return view(m, situation);
            });
        } catch (RuntimeException e) {
            storage.delete(written.key());
            throw e;
        }
    }

    private static void requireStateFor(Message m, FileRole role) {
        MessageState needed = role == FileRole.ORIGINAL ? MessageState.DRAFT : MessageState.IN_REVIEW;
        if (m.state != needed) {
            throw new Refusal("message.move.illegal", "ATTACH_" + role, m.state.name());
        }
    }

    /** A file to read: its record, after checking it belongs to the message and still matches its SHA-256. */
    public record Readable(StoredFile file, FileStorage storage) {
        public InputStream open(long offset, long length) throws IOException {
            return storage.read(file.storageKey, offset, length);
        }
    }

    @Transactional
    public Readable readFile(UUID caseId, UUID id, UUID fileId, String range) {
        cases.requireReachable(caseId);
        Message m = message(caseId, id, false);
        if (!fileId.equals(m.originalFileId) && !fileId.equals(m.redactedFileId)) {
            throw new NotFound("message.file.resource");
        }
        Readable readable = verified(file(fileId));
        audit.record(AuditRecord.read("READ_CONTENT", AUDIT_TYPE, id).with("file", fileId).with("range", range));
        return readable;
    }

    /** A stored file to read, once its key is at hand and its content still matches its SHA-256 (checked once). */
    Readable verified(StoredFile f) {
        try {
            storage.requireKey(f.storageKey);
            if (!verified.contains(f.storageKey)) {
                if (!storage.sha256(f.storageKey).equals(f.sha256)) {
                    throw new IllegalStateException("Stored file " + f.id + " no longer matches its SHA-256");
                }
                verified.add(f.storageKey);
            }
        } catch (FileStorage.KeyUnavailable e) {
            throw new Unavailable("message.file.key-unavailable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Readable(f, storage);
    }

    // ---- reading --------------------------------------------------------------------------------

    @Transactional
    public List<MessageView> list(UUID caseId) {
        CaseSituation situation = cases.situation(caseId);
        List<Message> all = em.createQuery("from Message m where m.caseId = :c order by m.createdAt, m.id", Message.class)
                .setParameter("c", caseId).getResultList();
        Map<UUID, StoredFile> files = MessageViews.filesOf(em, all);
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("case", caseId));
        return all.stream().map(m -> MessageViews.of(m, files, situation, caller, staff)).toList();
    }

    @Transactional
    public MessageView read(UUID caseId, UUID id) {
        CaseSituation situation = cases.situation(caseId);
        Message m = message(caseId, id, false);
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, id).with("case", caseId));
        return view(m, situation);
    }

    /** The approved version: what the recipient's side is given. */
    @Transactional
    public RecipientCopy recipientCopy(UUID caseId, UUID id) {
        cases.requireReachable(caseId);
        Message m = message(caseId, id, false);
        if (!m.isApproved()) {
            throw new Refusal("message.recipient-copy.not-approved", m.state.name());
        }
        UUID fileId = m.relayedFileId();
        audit.record(AuditRecord.read("READ_RECIPIENT_COPY", AUDIT_TYPE, id).with("case", caseId));
        return new RecipientCopy(m.id, m.kind, m.relayedText(), fileId == null ? null : MessageViews.of(file(fileId)));
    }

    /** A printable PDF of an approved letter, with its fixed text in the recipient's language. */
    @Transactional
    public byte[] letterPdf(UUID caseId, UUID id) {
        cases.requireReachable(caseId);
        Message m = message(caseId, id, false);
        if (m.kind != MessageKind.LETTER) {
            throw new Refusal("message.pdf.letters-only");
        }
        if (!m.isApproved()) {
            throw new Refusal("message.recipient-copy.not-approved", m.state.name());
        }
        boolean french = participants.languageOf(m.recipientId).map(l -> l == ro.participant.OfficialLanguage.FR).orElse(false);
        audit.record(AuditRecord.read("PRINT_LETTER", AUDIT_TYPE, id).with("case", caseId));
        return LetterPdf.render(LetterPdf.Wording.of(french), m.relayedText(), m.relayedFileId() != null, m.id.toString());
    }

    /** What the author may be told: received only when the recipient agreed. */
    @Transactional
    public AuthorCopy authorCopy(UUID caseId, UUID id) {
        cases.requireReachable(caseId);
        Message m = message(caseId, id, false);
        String status = switch (m.state) {
            case DRAFT, IN_REVIEW, APPROVED -> "IN_PREPARATION";
            case WITHHELD -> "NOT_SENT";
            case DELIVERED -> "SENT";
            case ACKNOWLEDGED -> Boolean.TRUE.equals(m.authorMayKnow) ? "RECEIVED" : "SENT";
        };
        audit.record(AuditRecord.read("READ_AUTHOR_COPY", AUDIT_TYPE, id).with("case", caseId));
        return new AuthorCopy(m.id, m.kind, status);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Message message(UUID caseId, UUID id, boolean lock) {
        Message m = lock ? em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Message.class, id);
        if (m == null || !m.caseId.equals(caseId)) {
            throw new NotFound("message.resource");
        }
        return m;
    }

    private StoredFile file(UUID id) {
        return em.find(StoredFile.class, id);
    }

    private MessageView view(Message m, CaseSituation situation) {
        return MessageViews.of(m, MessageViews.filesOf(em, List.of(m)), situation, caller, staff);
    }
}
