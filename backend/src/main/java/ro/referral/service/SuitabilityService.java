package ro.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.rules.StaleVersion;
import ro.rules.NotFound;
import ro.assessment.AssessmentAction;
import ro.assessment.AssessmentLifecycle;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.referral.model.SuitabilityAssessment;
import ro.rules.AllowedActions;
import ro.rules.Refusal;
import ro.rules.Wording;
import ro.security.Caller;
import ro.security.Roles;


/** Suitability assessments of a referral: drafted, revised, finalised, amended; every read and change audited. */
@ApplicationScoped
public class SuitabilityService {

    static final String AUDIT_TYPE = "SUITABILITY_ASSESSMENT";

    @Inject
    SuitabilityRepository assessments;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    ro.security.StaffNames staff;
    @Inject
    Wording wording;
    @Inject
    Clock clock;
    @Inject
    ReferralAccess access;

    @Transactional
    public SuitabilityAssessmentView draft(UUID referralId, SuitabilityFindings findings) {
        requireReferral(referralId);
        SuitabilityAssessment amends = null;
        if (findings.amends() != null) {
            amends = assessments.ofReferral(referralId, findings.amends())
                    .orElseThrow(() -> new Refusal("suitability.amends.other-referral"));
        }
        SuitabilityAssessment assessment = SuitabilityAssessment.draft(referralId, amends, findings.findings(),
                caller.username(), Instant.now(clock));
        assessments.persist(assessment);
        assessments.flush();
        audit.record(AuditRecord.change("CREATE", AUDIT_TYPE, assessment.id).with("referral", referralId)
                .with("amends", assessment.lifecycle.amendsId).fields(AuditRecord.filledFields(assessment.findings())));
        return view(assessment, null);
    }

    @Transactional
    public SuitabilityAssessmentView revise(UUID referralId, UUID id, long expectedVersion, SuitabilityFindings findings) {
        SuitabilityAssessment assessment = find(referralId, id);
        if (findings.amends() != null && !findings.amends().equals(assessment.lifecycle.amendsId)) {
            throw new Refusal("suitability.amends.other-referral");
        }
        StaleVersion.requireCurrent(assessment.version, expectedVersion);
        SuitabilityAssessment.Findings before = assessment.findings();
        assessment.revise(findings.findings(), Instant.now(clock));
        assessments.flush();
        audit.record(AuditRecord.change("UPDATE", AUDIT_TYPE, id).with("referral", referralId)
                .fields(AuditRecord.changedFields(before, assessment.findings())));
        return view(assessment, amendedBy(referralId).get(id));
    }

    @Transactional
    public SuitabilityAssessmentView finalise(UUID referralId, UUID id, long expectedVersion) {
        SuitabilityAssessment assessment = find(referralId, id);
        StaleVersion.requireCurrent(assessment.version, expectedVersion);
        assessment.finalise(caller.username(), Instant.now(clock));
        assessments.flush();
        audit.record(AuditRecord.change("FINALISE", AUDIT_TYPE, id).with("referral", referralId).fields(AssessmentLifecycle.FINALISED_FIELDS));
        return view(assessment, amendedBy(referralId).get(id));
    }

    @Transactional
    public SuitabilityAssessmentView read(UUID referralId, UUID id) {
        SuitabilityAssessment assessment = find(referralId, id);
        audit.record(AuditRecord.read("READ", AUDIT_TYPE, id).with("referral", referralId));
        return view(assessment, amendedBy(referralId).get(id));
    }

    @Transactional
    public List<SuitabilityAssessmentView> list(UUID referralId) {
        requireReferral(referralId);
        List<SuitabilityAssessment> all = assessments.ofReferral(referralId);
        Map<UUID, UUID> amendedBy = all.stream().filter(a -> a.lifecycle.amendsId != null)
                .collect(Collectors.toMap(a -> a.lifecycle.amendsId, a -> a.id));
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("referral", referralId));
        return all.stream().map(a -> view(a, amendedBy.get(a.id))).toList();
    }

    private Map<UUID, UUID> amendedBy(UUID referralId) {
        return assessments.ofReferral(referralId).stream().filter(a -> a.lifecycle.amendsId != null)
                .collect(Collectors.toMap(a -> a.lifecycle.amendsId, a -> a.id));
    }

    /** The caller reaches the referral (a coordinator, or the mediator assessing it now), or a 404. */
    private void requireReferral(UUID referralId) {
        access.reachable(referralId);
    }

    private SuitabilityAssessment find(UUID referralId, UUID id) {
        requireReferral(referralId);
        return assessments.ofReferral(referralId, id).orElseThrow(() -> new NotFound("suitability.resource"));
    }

    /**
     * The assessment, with what its reader may do with it now: whoever reaches the referral (a coordinator, or
     * the mediator assigned to its assessment) drafts, revises, finalises and amends its assessments.
     */
    private SuitabilityAssessmentView view(SuitabilityAssessment a, UUID amendedBy) {
        return new SuitabilityAssessmentView(a.id, a.referralId, a.lifecycle.amendsId, amendedBy, a.appropriateness, a.motivation,
                a.acceptanceOfResponsibility, a.notes, a.outcome, a.isFinalised(), a.lifecycle.finalisedAt, a.lifecycle.finalisedBy,
                staff.of(a.lifecycle.finalisedBy), a.version, a.lifecycle.createdAt, a.lifecycle.createdBy, staff.of(a.lifecycle.createdBy),
                AllowedActions.of(AssessmentAction.class, x -> caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR), a::mayDo),
                AllowedActions.refused(AssessmentAction.class, x -> caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR), a::mayDo, wording));
    }
}
