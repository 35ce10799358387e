package ro.events.service;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * The wait before the next attempt: exponential, capped, with full jitter (a random wait between zero and
 * {@code min(cap, base * 2^failures)}), so that receivers coming back are not met by every replica at once.
 */
public record Backoff(Duration base, Duration cap) {

    /** The ceiling after this many failed attempts (1: the first failure waits up to base). */
    public Duration ceiling(int failures) {
        int doublings = Math.max(0, failures - 1);
        if (doublings >= 62 || base.toMillis() > (cap.toMillis() >> Math.min(doublings, 62))) {
            return cap;
        }
        return Duration.ofMillis(Math.min(cap.toMillis(), base.toMillis() << doublings));
    }

    /** A wait drawn uniformly in [0, ceiling]: {@code random} maps a bound to a value in [0, bound]. */
    public Duration next(int failures, LongUnaryOperator random) {
        return Duration.ofMillis(random.applyAsLong(ceiling(failures).toMillis()));
    }
}
