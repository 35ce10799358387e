package ro.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ro.security.Caller;
import ro.security.Roles;

/**
 * Which participants the caller may reach. Coordinators reach all; a mediator reaches only the
 * participants of the cases assigned to them. Cases do not exist yet, so a mediator reaches none:
 * the cases feature narrows {@link #reachesAll()} / {@link #mayReach} to the assignments.
 */
@RequestScoped
public class ParticipantVisibility {

    @Inject
    Caller caller;

    boolean reachesAll() {
        return caller.is(Roles.COORDINATOR);
    }

    boolean mayReach(Participant participant) {
        return reachesAll();
    }

    /** Contact details go only to coordinators and the mediators of the participant's case. */
    boolean maySeeContact(Participant participant) {
        return mayReach(participant);
    }
}
