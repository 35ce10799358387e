package ro.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.service.ActiveRoster;
import ro.referral.model.Referral;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.rules.StaleVersion;
import ro.security.Caller;

/**
 * The mediator a coordinator assigns to a referral's assessment: from then on that mediator reaches the
 * referral, its suitability assessments and its people while it is being assessed ({@link ReferralAccess}).
 * Each change locks the referral, takes its version (If-Match) and is audited with the mediators named.
 */
@ApplicationScoped
public class AssessorService {

    private static final String[] ASSESSOR = { "assessor", "assessorAssignedAt", "assessorAssignedBy" };

    @Inject
    ReferralRepository referrals;
    @Inject
    ActiveRoster roster;
    @Inject
    ReferralViews views;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** An active mediator of the roster assesses the referral from now on (the one replaced, if any, loses it at once). */
    @Transactional
    public ReferralView assign(UUID id, long version, String mediator) {
        Referral referral = locked(id, version);
        if (!roster.isActive(mediator)) {
            throw Invalid.field("mediator", "OnActiveRoster", "referral.assessor.not-on-roster");
        }
        String before = referral.assessor;
        referral.assignAssessor(mediator, caller.username(), Instant.now(clock));
        referrals.flush();
        audit.record(AuditRecord.change("ASSIGN_ASSESSOR", ReferralService.AUDIT_TYPE, id).with("assessor", mediator)
                .with("replaced", before).fields(ASSESSOR));
        return views.of(referral);
    }

    /** Nobody assesses the referral any more: the mediator removed no longer reaches it. */
    @Transactional
    public ReferralView remove(UUID id, long version) {
        Referral referral = locked(id, version);
        String before = referral.assessor;
        referral.removeAssessor(Instant.now(clock));
        referrals.flush();
        audit.record(AuditRecord.change("UNASSIGN_ASSESSOR", ReferralService.AUDIT_TYPE, id).with("replaced", before).fields(ASSESSOR));
        return views.of(referral);
    }

    private Referral locked(UUID id, long version) {
        Referral referral = referrals.lockedForChange(id).orElseThrow(() -> new NotFound("referral.resource"));
        StaleVersion.requireCurrent(referral.version, version);
        return referral;
    }
}
