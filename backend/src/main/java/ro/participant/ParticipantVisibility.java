package ro.participant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ro.casefile.service.CaseSituations;
import ro.referral.service.ReferralPeople;
import ro.security.CaseScope;
import ro.security.Caller;

/**
 * Which participants the caller may reach. Coordinators reach all; a mediator reaches only the
 * participants of the cases assigned to them now and the people of the referrals whose assessment they
 * are assigned to while it lasts (and loses them at once on reassignment); no other role reaches any.
 */
@RequestScoped
public class ParticipantVisibility {

    @Inject
    Caller caller;

    @Inject
    CaseSituations cases;

    @Inject
    ReferralPeople referrals;

    CaseScope scope() {
        return caller.caseScope();
    }

    /** The participants the caller reaches when not all: those of the cases their scope reaches, and of the referrals they assess. */
    List<UUID> reached() {
        CaseScope scope = scope();
        List<UUID> ofCases = cases.participantIdsReachedBy(scope);
        if (scope.reach() != CaseScope.Reach.ASSIGNED_TO) {
            return ofCases;
        }
        List<UUID> ofReferrals = referrals.peopleAssessedBy(scope.mediator());
        return ofReferrals.isEmpty() ? ofCases
                : java.util.stream.Stream.concat(ofCases.stream(), ofReferrals.stream()).distinct().toList();
    }

    boolean mayReach(Participant participant) {
        return scope().reachesAll() || reached().contains(participant.id);
    }

    /** Contact details go only to coordinators and the mediators of the participant's case or referral. */
    boolean maySeeContact(Participant participant) {
        return mayReach(participant);
    }
}
