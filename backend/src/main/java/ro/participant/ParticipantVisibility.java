package ro.participant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ro.casefile.service.CaseSituations;
import ro.security.CaseScope;
import ro.security.Caller;

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
    CaseSituations cases;

    CaseScope scope() {
        return caller.caseScope();
    }

    /** The participants the caller reaches when not all: those of the cases their scope reaches. */
    List<UUID> reached() {
        return cases.participantIdsReachedBy(scope());
    }

    boolean mayReach(Participant participant) {
        return scope().reachesAll() || reached().contains(participant.id);
    }

    /** Contact details go only to coordinators and the mediators of the participant's case. */
    boolean maySeeContact(Participant participant) {
        return mayReach(participant);
    }
}
