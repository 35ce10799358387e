package ro.rules;

import java.util.List;

/** A message key and its arguments in the caller's language: the words a refusal would be answered with. */
public interface Wording {

    String text(String key, List<Object> args);

    /** A refused decision as the read lists it: the action, the reason's key and its words. */
    default RefusedAction refused(String action, Decision.Refused refusal) {
        return new RefusedAction(action, refusal.reasonKey(), text(refusal.reasonKey(), refusal.args()));
    }
}
