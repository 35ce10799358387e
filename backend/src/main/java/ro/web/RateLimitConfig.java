package ro.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests a caller (token subject) and an address may make per period, counted separately
 * for reads (GET, HEAD), uploads (the message file routes) and other writes. Every value is set by an
 * environment variable, e.g. {@code RO_RATE_LIMIT_CALLER_READS}, {@code RO_RATE_LIMIT_ADDRESS_UPLOADS},
 * {@code RO_RATE_LIMIT_PERIOD} (ISO-8601, e.g. PT1M), {@code RO_RATE_LIMIT_TRUSTED_PROXY_HOPS}.
 */
@ConfigMapping(prefix = "ro.rate-limit")
public interface RateLimitConfig {

    /** The period the limits count over; tokens come back evenly across it. */
    @WithDefault("PT1M")
    Duration period();

    /** Per token subject. */
    Limits caller();

    /** Per client address; unauthenticated requests count only here. */
    Limits address();

    /**
     * How many reverse proxies in front of the API append to {@code X-Forwarded-For}; 0 (the default)
     * ignores the header and counts the connection's address, which a client cannot forge.
     */
    @WithDefault("0")
    int trustedProxyHops();

    interface Limits {
        long reads();

        long writes();

        long uploads();
    }

    default long limit(Limits limits, RequestKind kind) {
        return switch (kind) {
            case READ -> limits.reads();
            case WRITE -> limits.writes();
            case UPLOAD -> limits.uploads();
        };
    }
}
