package ro.notifications.model;

/** How often a person hears of waiting work. */
public enum NotificationFrequency {
    /** At the first scan after new work of a chosen kind arrived. */
    IMMEDIATE,
    /** Once a day at {@code ro.notifications.digest-at}, listing the chosen kinds that have work waiting. */
    DAILY_DIGEST
}
