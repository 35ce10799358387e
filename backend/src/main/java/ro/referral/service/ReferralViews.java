package ro.referral.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.participant.ParticipantLookup;
import ro.participant.ParticipantLookup.Named;
import ro.referral.model.Referral;
import ro.referral.model.ReferralAction;
import ro.referral.model.ReferralMovePolicy;
import ro.referral.model.ReferralState;
import ro.referral.model.SuitabilityOutcome;
import ro.rules.AllowedActions;
import ro.rules.Decision;
import ro.rules.RefusedAction;
import ro.rules.Wording;
import ro.security.Caller;
import ro.security.Roles;

/**
 * A referral as a coordinator reads it: the people named, the matches, its case, and the actions open now.
 * The mediator assessing it reads the referral alone: no link to the other referrals or to a case.
 */
@ApplicationScoped
public class ReferralViews {

    @Inject
    ReferralRepository referrals;
    @Inject
    ro.casefile.service.CaseReferrals caseReferrals;
    @Inject
    MatchRepository matches;
    @Inject
    SuitabilityRepository assessments;
    @Inject
    ParticipantLookup people;
    @Inject
    Caller caller;
    @Inject
    ro.security.StaffNames staff;
    @Inject
    Wording wording;

    ReferralView of(Referral r) {
        List<UUID> ids = new ArrayList<>();
        if (r.harmedPersonId != null) {
            ids.add(r.harmedPersonId);
        }
        if (r.offenderId != null) {
            ids.add(r.offenderId);
        }
        Map<UUID, Named> named = people.findAll(ids);
        // the mediator assessing it reaches this referral only: nothing of the others linked to it
        boolean coordinator = caller.is(Roles.COORDINATOR);
        Function<ReferralAction, Decision> policy = policy(r);
        return new ReferralView(r.id, r.source, r.state, ref(named, r.harmedPersonId), ref(named, r.offenderId),
                r.offenderNumber, namedAs(r), r.regionId, r.channel, r.victimRegistration, r.federalSentence, r.notes, r.referringStaff, staff.of(r.referringStaff), r.submittedByUsername,
                staff.of(r.submittedByUsername),
                r.staffSupports, r.offenderTakesResponsibility, r.reasons, r.safetyConcerns, r.noContactCondition,
                r.noContactReviewPending(), r.noContactReviewedAt, r.noContactReviewedBy, staff.of(r.noContactReviewedBy), r.declineReason,
                r.declineDetails, r.decidedAt, r.decidedBy, staff.of(r.decidedBy), coordinator ? matches.matchedWith(r.id) : List.of(),
                coordinator ? r.duplicateOf : null, coordinator ? referrals.duplicatesOf(r.id) : List.of(),
                coordinator ? caseOf(r.id) : null, r.assessor, staff.of(r.assessor), r.assessorAssignedAt, mayAssignAssessor(r), r.version, r.createdAt, r.updatedAt, allowedActions(policy), refusedActions(policy));
    }

    private static String namedAs(Referral r) {
        if (r.referredLastName == null) {
            return null;
        }
        return r.referredFirstName == null ? r.referredLastName : r.referredFirstName + " " + r.referredLastName;
    }

    /** The referral resource is the coordinators': the policy decides which of its moves are open now. */
    private List<ReferralAction> allowedActions(Function<ReferralAction, Decision> policy) {
        return AllowedActions.of(ReferralAction.class, a -> caller.is(Roles.COORDINATOR), policy);
    }

    /** The coordinator's moves the policy refuses now, with its reasons (accepting without a finalised suitable assessment...). */
    private List<RefusedAction> refusedActions(Function<ReferralAction, Decision> policy) {
        return AllowedActions.refused(ReferralAction.class, a -> caller.is(Roles.COORDINATOR), policy, wording);
    }

    private Function<ReferralAction, Decision> policy(Referral r) {
        var outcome = r.state == ReferralState.UNDER_ASSESSMENT ? assessments.current(r.id).map(a -> a.outcome)
                : Optional.<SuitabilityOutcome>empty();
        return a -> ReferralMovePolicy.mayDo(a, r.state, outcome, r.federalSentence);
    }

    /** A coordinator assigns (changes, removes) the assessor of a referral being assessed; its assessor never does. */
    private boolean mayAssignAssessor(Referral r) {
        return caller.is(Roles.COORDINATOR) && ReferralMovePolicy.mayAssignAssessor(r.state).isAllowed();
    }

    private UUID caseOf(UUID referralId) {
        return caseReferrals.caseOf(referralId).orElse(null);
    }

    /** The person named, if any: a disposed referral names nobody. */
    private static PersonRef ref(Map<UUID, Named> named, UUID id) {
        return id == null ? null : ref(named.get(id));
    }

    private static PersonRef ref(Named n) {
        return n == null ? null : new PersonRef(n.id(), n.kind(), n.firstName(), n.lastName(), n.offenderNumber());
    }

}
