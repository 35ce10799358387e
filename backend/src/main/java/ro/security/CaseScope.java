package ro.security;

import java.util.Objects;

/**
 * The one access rule, who reaches which case: coordinators every case ({@link #ALL}); a mediator the
 * cases assigned to them now ({@link #assignedTo}), losing one at once when reassigned; anyone else
 * none ({@link #NONE}). Every feature bounds what it shows by it; the cases a scope reaches are read
 * by one named query of the case feature.
 */
public record CaseScope(Reach reach, String mediator) {

    public enum Reach {
        ALL, ASSIGNED_TO, NONE
    }

    public static final CaseScope ALL = new CaseScope(Reach.ALL, null);
    public static final CaseScope NONE = new CaseScope(Reach.NONE, null);

    public CaseScope {
        Objects.requireNonNull(reach);
        if ((reach == Reach.ASSIGNED_TO) != (mediator != null)) {
            throw new IllegalArgumentException("A mediator is named exactly when the scope is the cases assigned to them");
        }
    }

    public static CaseScope assignedTo(String mediator) {
        return new CaseScope(Reach.ASSIGNED_TO, Objects.requireNonNull(mediator));
    }

    /** The scope of a caller from their roles: coordinating wins over mediating. */
    public static CaseScope of(boolean coordinator, boolean mediator, String username) {
        return coordinator ? ALL : mediator ? assignedTo(username) : NONE;
    }

    public boolean reachesAll() {
        return reach == Reach.ALL;
    }

    public boolean reachesNone() {
        return reach == Reach.NONE;
    }
}
