package ro.privacy.model;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The retention schedule: for each rule, how long a record is kept after the date its retention runs from
 * (a case's closure, a referral's decision, a dormant request's last change). Periods count in UTC calendar
 * years and days, so two years after 29 February is 28 February.
 */
public record RetentionSchedule(Map<DueReason, Period> periods) {

    public RetentionSchedule {
        periods = Map.copyOf(periods);
        for (DueReason reason : DueReason.values()) {
            Period p = periods.get(reason);
            if (p == null || p.isNegative()) {
                throw new IllegalArgumentException("the retention period of " + reason + " must be set and not negative");
            }
        }
    }

    /** The latest date a record may run from and be due now: now less the rule's period. */
    public Instant cutoff(DueReason reason, Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(periods.get(reason)).toInstant();
    }

    /** When a record running from that date is (or was) due. */
    public Instant dueSince(DueReason reason, Instant runsFrom) {
        return runsFrom.atOffset(ZoneOffset.UTC).plus(periods.get(reason)).toInstant();
    }

    /** Whether a record running from that date is due now. */
    public boolean isDue(DueReason reason, Instant runsFrom, Instant now) {
        return !dueSince(reason, runsFrom).isAfter(now);
    }
}
