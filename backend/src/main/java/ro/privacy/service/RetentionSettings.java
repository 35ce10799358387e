package ro.privacy.service;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The retention schedule's periods, as ISO-8601 periods (P2Y, P18M, P400D). The defaults are the demo's;
 * the program's real schedule is the one its records office sets.
 */
@ConfigMapping(prefix = "ro.retention")
public interface RetentionSettings {

    /** How long a case's personal data is kept after the case closed. */
    @WithDefault("P2Y")
    Period closedCase();

    /** How long a referral declined or withdrawn (never in a case) is kept after its decision. */
    @WithDefault("P2Y")
    Period endedReferral();

    /** How long a dormant request is kept after its last change. */
    @WithDefault("P3Y")
    Period dormantRequest();
}
