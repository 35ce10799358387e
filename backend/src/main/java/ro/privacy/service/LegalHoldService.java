package ro.privacy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.privacy.model.LegalHold;
import ro.privacy.model.DisposableKind;
import ro.rules.NotFound;
import ro.rules.Refusal;
import ro.rules.StaleVersion;
import ro.security.Caller;

/** Legal holds: a coordinator places one on a record (with a reason) to stop its disposal, and releases it. */
@ApplicationScoped
public class LegalHoldService {

    static final String AUDIT_TYPE = "LEGAL_HOLD";

    @Inject
    LegalHoldRepository holds;
    @Inject
    DisposableRecords records;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** What placing a hold did: created it, or restated the reason of the one in place. */
    public record Placed(LegalHoldView hold, boolean created) {
    }

    /**
     * Places a hold on the record, or restates the reason of the one in place (then expectedVersion, its
     * version as read, is required: without it, refused, so that two coordinators do not overwrite each other).
     */
    @Transactional
    public Placed place(DisposableKind type, UUID id, HoldReason reason, Long expectedVersion) {
        if (!records.exists(type, id)) {
            throw new NotFound("legal-hold.record");
        }
        LegalHold.Held held = new LegalHold.Held(type, id);
        LegalHold hold = holds.findById(held);
        boolean created = hold == null;
        if (created) {
            hold = LegalHold.place(held, reason.reason().strip(), caller.username(), Instant.now(clock));
            holds.persist(hold);
        } else {
            if (expectedVersion == null) {
                throw new Refusal("legal-hold.exists");
            }
            StaleVersion.requireCurrent(hold.version, expectedVersion);
            hold.restate(reason.reason().strip());
        }
        holds.flush();
        audit.record(AuditRecord.change(created ? "HOLD" : "UPDATE_HOLD", type.name(), id).fields("reason"));
        return new Placed(view(hold), created);
    }

    /** Releases the hold on the record: its disposal may go ahead when it is due. */
    @Transactional
    public void release(DisposableKind type, UUID id, long expectedVersion) {
        LegalHold hold = holds.findById(new LegalHold.Held(type, id));
        if (hold == null) {
            throw new NotFound("legal-hold.resource");
        }
        StaleVersion.requireCurrent(hold.version, expectedVersion);
        holds.delete(hold);
        holds.flush();
        audit.record(AuditRecord.change("RELEASE", type.name(), id));
    }

    static LegalHoldView view(LegalHold h) {
        return new LegalHoldView(h.held.recordType(), h.held.recordId(), h.reason, h.placedAt, h.placedBy, h.version);
    }
}
