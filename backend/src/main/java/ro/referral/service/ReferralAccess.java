package ro.referral.service;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ro.referral.model.Referral;
import ro.rules.NotFound;
import ro.security.Caller;
import ro.security.Roles;

/**
 * The one access rule of referrals, like a case's: coordinators reach every referral; a mediator reaches
 * only a referral whose assessment they are assigned to, while it is being assessed (a reassignment, a
 * removal, a decision or a withdrawal ends it at once, see {@link Referral#assessedBy}); and through it its
 * suitability assessments and its people. Any other referral answers 404, as if it did not exist.
 */
@RequestScoped
public class ReferralAccess {

    @Inject
    ReferralRepository referrals;
    @Inject
    Caller caller;

    /** Whether the caller reaches this referral. */
    public boolean reaches(Referral referral) {
        return caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR) && referral.assessedBy(caller.username());
    }

    /** The referral, when the caller reaches it; 404 otherwise. */
    Referral reachable(UUID id) {
        return referrals.findByIdOptional(id).filter(this::reaches).orElseThrow(() -> new NotFound("referral.resource"));
    }
}
