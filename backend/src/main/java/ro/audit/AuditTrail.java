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
 * <p>
 * <b>No lock on the request path.</b> A request only inserts its entry, numbered by
 * {@code audit_entry_next_seq()} (a sequence); nothing is read and nothing waits for another request.
 * The hash chain is written afterwards by one sealer at a time ({@link AuditSealer}, elected by a
 * PostgreSQL advisory lock per sealing transaction, so any number of API replicas may run it and a
 * restart loses nothing), into the append-only table {@code audit_seal}, usually within half a second.
 * <p>
 * <b>The ordering rule: the chain follows the entries' numbers, and an entry is sealed only once every
 * lower number is final.</b> A number is not a commit order: a request may take number 7, then commit
 * after number 8 has committed. So the sealer never seals past a number that a running transaction may
 * still hold. It knows which numbers are final from the transaction horizon:
 * <ol>
 * <li>{@code audit_entry_next_seq()} makes the transaction take its transaction id <em>before</em> it
 * takes its number, so a transaction's id is older than its number;</li>
 * <li>the sealer reads the sequence's last value L, then takes a transaction id Z of its own: every
 * number up to L was handed to a transaction whose id is older than Z;</li>
 * <li>later, when the oldest running transaction id ({@code pg_snapshot_xmin(pg_current_snapshot())})
 * is past Z, every transaction that could hold a number up to L has committed or rolled back: the
 * entries up to L that are visible now are all there will ever be. The sealer chains them in number
 * order after the current head; the numbers of rolled-back transactions are simply absent.</li>
 * </ol>
 * So the chain's order equals the numbers' order, gaps are harmless, and a sealer that dies mid-batch
 * (its transaction rolls back) leaves the head where it was for the next one. The price: sealing waits
 * for the oldest transaction that holds an id in the cluster, so a session left idle in a transaction
 * delays it (verification reports the entries that wait; set {@code idle_in_transaction_session_timeout}).
 * The other design, sealing in commit order with a gap-tolerant rule, seals sooner under a long
 * transaction but gives a chain order that differs from the numbers and needs a persisted "low-water
 * mark" to find late commits without scanning the whole trail; this one needs nothing persisted.
 */
@ApplicationScoped
public class AuditTrail {

    /** What a job of the program itself does, off any request (the orphan sweep): the entry names the job, no person. */
    public static final String SYSTEM = "system";

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
        append(caller.subject(), caller.username(), caller.roles(), record.action(), record.recordType(),
                record.recordId() == null ? null : record.recordId().toString(), requestId.current(), record.details());
    }

    /**
     * The structured form for a request that carries no token but a grant naming who asked for it (a video's range
     * requests under a playback grant): the entry names that caller.
     */
    @Transactional(TxType.MANDATORY)
    public void recordFor(String subject, String username, String roles, AuditRecord record) {
        append(subject, username, roles, record.action(), record.recordType(),
                record.recordId() == null ? null : record.recordId().toString(), requestId.current(), record.details());
    }

    /** The structured form for a background job: subject {@value #SYSTEM}, the job's name as user name, no roles. */
    @Transactional(TxType.MANDATORY)
    public void recordForJob(String job, AuditRecord record) {
        append(SYSTEM, job, "", record.action(), record.recordType(),
                record.recordId() == null ? null : record.recordId().toString(), "none", record.details());
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
        entries.persist(entry);
    }
}
