package ro.rules;

/** A change based on a stale read: someone else changed the record since it was read (412). */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("stale version", null, false, false);
    }

    /** Nothing when the record is still at the version the change was based on; refused otherwise. */
    public static void requireCurrent(long actualVersion, long expectedVersion) {
        if (actualVersion != expectedVersion) {
            throw new StaleVersion();
        }
    }
}
