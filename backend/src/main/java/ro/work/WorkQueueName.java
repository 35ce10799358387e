package ro.work;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The work queues, by name as the API and the portal know them. */
public enum WorkQueueName {
    /** A mediator's: safety reassessments overdue or due soon in their cases. */
    REASSESSMENTS_DUE("reassessments-due"),
    /** A mediator's: messages of their cases waiting for screening. */
    MESSAGES_TO_SCREEN("messages-to-screen"),
    /** A mediator's: face-to-face meetings of their cases coming up. */
    MEETINGS_SOON("meetings-soon"),
    /** A mediator's: participants of their cases who withdrew recently. */
    RECENT_WITHDRAWALS("recent-withdrawals"),
    /** A mediator's: the referrals whose assessment a coordinator assigned to them, still being assessed. */
    REFERRAL_ASSESSMENTS("referral-assessments"),
    /** A coordinator's: referrals on which nothing has happened for too long. */
    REFERRALS_WAITING("referrals-waiting"),
    /** A coordinator's: no-contact conditions recorded on open referrals and not reviewed yet. */
    NO_CONTACT_REVIEWS("no-contact-reviews"),
    /** A coordinator's: matches between a harmed person's request and an offender's referral, neither acted on. */
    MATCHES_TO_ACT_ON("matches-to-act-on"),
    /** A coordinator's: harmed people's requests naming an offender by name only, waiting for the number to be confirmed. */
    NUMBERS_TO_CONFIRM("numbers-to-confirm"),
    /** A coordinator's: open cases on which nothing has happened for too long. */
    QUIET_CASES("quiet-cases"),
    /** A coordinator's: open cases none of whose assigned mediators is still on the roster. */
    CASES_WITHOUT_MEDIATOR("cases-without-mediator");

    private final String key;

    WorkQueueName(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public static Optional<WorkQueueName> of(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
