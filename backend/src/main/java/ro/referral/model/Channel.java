package ro.referral.model;

/** How a harmed person's request reached the program. Collect calls are accepted. */
public enum Channel {
    PHONE, EMAIL, COLLECT_CALL, MAIL, IN_PERSON, VICTIM_SERVICES
}
