package ro.work;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The thresholds of the work queues, from configuration. */
@ConfigMapping(prefix = "ro.work")
public interface WorkSettings {

    /** A referral is waiting when nothing has changed on it for this many days (SUBMITTED or UNDER_ASSESSMENT). */
    @WithDefault("14")
    int referralWaitingDays();

    /** How far ahead a mediator sees reassessments coming due and meetings coming up. */
    @WithDefault("14")
    int lookAheadDays();

    /** How far back a mediator sees participants who withdrew. */
    @WithDefault("30")
    int recentWithdrawalDays();

    /** A case is quiet when nothing has happened on it for this many days. */
    @WithDefault("60")
    int quietCaseDays();
}
