package ro.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ro.security.Caller;
import ro.security.Roles;

/**
 * Which participants the caller may reach. Coordinators reach all; a mediator reaches only the
 * participants of the cases assigned to them now (and loses them at once on reassignment); no other
 * role reaches any.
 */
@RequestScoped
public class ParticipantVisibility {

    @Inject
    Caller caller;

    @Inject
    ParticipantRepository participants;

    boolean reachesAll() {
        return caller.is(Roles.COORDINATOR);
    }

    /** The mediator whose cases bound what the caller reaches; null when the caller reaches all or none. */
    String mediatorScope() {
        return !reachesAll() && caller.is(Roles.MEDIATOR) ? caller.username() : null;
    }

    boolean mayReach(Participant participant) {
        if (reachesAll()) {
            return true;
        }
        String mediator = mediatorScope();
        return mediator != null && participants.inCaseOf(participant.id, mediator);
    }

    /** Contact details go only to coordinators and the mediators of the participant's case. */
    boolean maySeeContact(Participant participant) {
        return mayReach(participant);
    }
}
