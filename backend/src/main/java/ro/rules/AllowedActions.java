package ro.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a read lists as the caller's next steps: each candidate action the caller's role may call,
 * asked of the same policy that enforces it, kept when the policy allows it. No second copy of the
 * rules: the policy's {@link Decision} is the only answer.
 */
public final class AllowedActions {

    private AllowedActions() {
    }

    /** The actions of this kind, in their declared order, the caller may call and the policy allows now. */
    public static <A extends Enum<A>> List<A> of(Class<A> kind, Predicate<A> callerMay, Function<A, Decision> policy) {
        return EnumSet.allOf(kind).stream().filter(callerMay).filter(a -> policy.apply(a).isAllowed()).toList();
    }

    /**
     * The actions of this kind the caller may call but the policy refuses now, each with the reason the
     * policy gives (in the caller's words): exactly the complement of {@link #of} among the caller's actions.
     */
    public static <A extends Enum<A>> List<RefusedAction> refused(Class<A> kind, Predicate<A> callerMay, Function<A, Decision> policy,
            Wording wording) {
        return EnumSet.allOf(kind).stream().filter(callerMay)
                .map(a -> policy.apply(a) instanceof Decision.Refused r ? wording.refused(a.name(), r) : null)
                .filter(java.util.Objects::nonNull).toList();
    }
}
