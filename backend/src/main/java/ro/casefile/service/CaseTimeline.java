package ro.casefile.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseEvent;
import ro.lists.Listing;
import ro.security.Caller;
import ro.security.StaffName;
import ro.security.StaffNames;

/**
 * A case's timeline: read as entries whose details the portal words in the reader's language (with the English or
 * French summary beside them), and the query interface through which the message relay puts a message's moves on
 * it. The relay writes the event in the move's own transaction, so the timeline stays one ordered list (its keyset
 * pages stay exact) and the case file never reads the relay's tables; an event names the message by id and kind, and
 * its author and recipient by id, never its text.
 */
@ApplicationScoped
public class CaseTimeline {

    /** What happened to a message, as the timeline words it (MESSAGE_RECORDED, MESSAGE_SUBMITTED, ...). */
    public enum MessageMove {
        RECORDED, SUBMITTED, APPROVED, RETURNED, WITHHELD, DELIVERED, ACKNOWLEDGED
    }

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    CaseService caseService;
    @Inject
    StaffNames staff;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    @Transactional
    public TimelinePage read(UUID caseId, int page, int size, String after, Locale locale) {
        access.reachable(caseId);
        Listing.Slice<CaseEvent> found = cases.timeline(caseId, page, size, after);
        Map<String, StaffName> names = staff.of(found.items().stream()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.actor), TimelineReading.staffNamed(e).stream()))
                .toList());
        Map<UUID, String> participants = caseService.namesOf(found.items().stream()
                .flatMap(e -> TimelineReading.participantsNamed(e).stream()).distinct().toList());
        List<TimelineEntry> items = found.items().stream()
                .map(e -> new TimelineEntry(e.seq, e.at, e.actor, names.get(e.actor), e.kind, TimelineWording.read(e.summary, locale),
                        TimelineReading.details(e, names::get, participants)))
                .toList();
        audit.record(AuditRecord.read("READ_TIMELINE", CaseService.AUDIT_TYPE, caseId));
        return new TimelinePage(items, found.paging(page, size));
    }

    /**
     * Puts a message's move on its case's timeline, in the caller's transaction (the relay's, which has reached and
     * locked the case).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void messageMoved(UUID caseId, UUID messageId, String messageKind, MessageMove move, UUID authorId, UUID recipientId,
            Instant at) {
        cases.record(CaseEvent.of(caseId, "MESSAGE", TimelineWording.store("timeline.MESSAGE_" + move.name(), messageId.toString(),
                messageKind, authorId.toString(), recipientId.toString()), caller.username(), at));
    }
}
