package ro.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.security.Caller;

/**
 * Writes the audit trail. Called inside the transaction of the change or read it records, so the
 * entry and the change are committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditRepository entries;

    @Inject
    Caller caller;

    @Inject
    RequestId requestId;

    @Inject
    Clock clock;

    /** The structured form: the action, the record, and for a change the names of the fields it changed. */
    @Transactional(TxType.MANDATORY)
    public void record(AuditRecord record) {
        record(record.action(), record.recordType(), record.recordId(), record.details());
    }

    /** The free-text form, for callers not yet moved to {@link #record(AuditRecord)}. */
    @Transactional(TxType.MANDATORY)
    public void record(String action, String resourceType, Object resourceId, String details) {
        append(caller.subject(), caller.username(), caller.roles(), action, resourceType,
                resourceId == null ? null : resourceId.toString(), requestId.current(), details);
    }

    /**
     * A refused request, in a transaction of its own (there is no change to commit it with). Called off
     * the request, so everything it writes comes in the event.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void record(SecurityEvent event) {
        append(event.subject(), event.username(), event.roles(), SecurityEvent.ACTION, event.resourceType(), event.resourceId(),
                event.requestId(), event.details());
    }

    private void append(String subject, String username, String roles, String action, String resourceType, String resourceId,
            String requestId, String details) {
        entries.lockChain();
        String previous = entries.lastHash().orElse(AuditChain.GENESIS);
        AuditEntry entry = new AuditEntry();
        entry.seq = entries.nextSeq();
        entry.at = AuditChain.Content.truncate(Instant.now(clock));
        entry.subject = subject;
        entry.username = username;
        entry.roles = roles;
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceId = resourceId;
        entry.requestId = requestId;
        entry.details = details;
        entry.prevHash = previous;
        entry.hash = AuditChain.hash(previous, entry.content());
        entries.persist(entry);
    }
}
