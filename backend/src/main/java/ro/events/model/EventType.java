package ro.events.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of event the outbox records, each a CloudEvents {@code type}. Only referral events may
 * leave the program (to the integration that submitted the referral); the others go to the program's
 * own subscribers alone.
 */
public enum EventType {
    REFERRAL_STATE_CHANGED("ca.gc.csc-scc.ro.referral.state-changed", true),
    CASE_STAGE_CHANGED("ca.gc.csc-scc.ro.case.stage-changed", false),
    MESSAGE_STATE_CHANGED("ca.gc.csc-scc.ro.message.state-changed", false),
    SAFETY_HOLD_SET("ca.gc.csc-scc.ro.case.safety-hold-set", false),
    SAFETY_HOLD_LIFTED("ca.gc.csc-scc.ro.case.safety-hold-lifted", false),
    MEETING_STATE_CHANGED("ca.gc.csc-scc.ro.meeting.state-changed", false);

    private final String cloudEventType;
    private final boolean mayLeaveTheProgram;

    EventType(String cloudEventType, boolean mayLeaveTheProgram) {
        this.cloudEventType = cloudEventType;
        this.mayLeaveTheProgram = mayLeaveTheProgram;
    }

    /** The CloudEvents {@code type} attribute. */
    public String cloudEventType() {
        return cloudEventType;
    }

    /** Whether an integration may receive it (of a referral it submitted); false: program subscribers only. */
    public boolean mayLeaveTheProgram() {
        return mayLeaveTheProgram;
    }

    public static Optional<EventType> ofCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }
}
