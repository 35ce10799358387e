package ro.casefile.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ro.casefile.model.CaseAction;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.CaseStagePolicy;
import ro.casefile.model.MeetingPolicy;
import ro.rules.AllowedActions;
import ro.rules.Decision;
import ro.rules.RefusedAction;
import ro.rules.Wording;
import ro.security.Caller;
import ro.security.Roles;

/**
 * What a read of a case offers its caller, asked of the policies that enforce it: the stage moves, and
 * whether a meeting can be scheduled in the case as it is (each attendee is checked when it is called).
 */
@ApplicationScoped
public class CaseActions {

    /** The name a refused meeting goes by among the case's refused actions. */
    public static final String SCHEDULE_MEETING = "SCHEDULE_MEETING";

    @Inject
    Caller caller;

    @Inject
    Wording wording;

    private boolean staffOfCases() {
        return caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR);
    }

    List<CaseAction> allowed(CaseSituation situation) {
        return AllowedActions.of(CaseAction.class, callerMay(), policy(situation));
    }

    boolean mayScheduleMeeting(CaseSituation situation) {
        return staffOfCases() && MeetingPolicy.mayMeetInCase(situation).isAllowed();
    }

    List<RefusedAction> refused(CaseSituation situation) {
        List<RefusedAction> refused = new ArrayList<>(AllowedActions.refused(CaseAction.class, callerMay(), policy(situation), wording));
        if (staffOfCases() && MeetingPolicy.mayMeetInCase(situation) instanceof Decision.Refused r) {
            refused.add(wording.refused(SCHEDULE_MEETING, r));
        }
        return refused;
    }

    private Predicate<CaseAction> callerMay() {
        return a -> staffOfCases();
    }

    private static Function<CaseAction, Decision> policy(CaseSituation situation) {
        return a -> CaseStagePolicy.mayDo(a, situation.stage());
    }
}
