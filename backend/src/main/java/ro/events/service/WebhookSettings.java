package ro.events.service;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How webhooks are delivered (prefix {@code ro.webhooks}; environment RO_WEBHOOKS_...). See the README,
 * "Integrations", "Webhooks".
 */
@ConfigMapping(prefix = "ro.webhooks")
public interface WebhookSettings {

    /**
     * Plain http and private, loopback or link-local addresses allowed (RO_WEBHOOKS_ALLOW_HTTP): true in dev and
     * the tests only; otherwise an endpoint must be https and its host must resolve to public addresses (SSRF).
     */
    @WithDefault("false")
    boolean allowHttp();

    /** The integrations an endpoint may serve: their service accounts' user names (RO_WEBHOOKS_INTEGRATIONS). */
    @WithDefault("service-account-ro-integration,service-account-ro-integration-2")
    List<String> integrations();

    /** Attempts before a delivery is parked as FAILED (RO_WEBHOOKS_MAX_ATTEMPTS). */
    @WithDefault("8")
    int maxAttempts();

    /** The first retry waits up to base, then up to base * 2^n, at most cap (full jitter). */
    Backoff backoff();

    /** Connect and read timeouts of one POST. */
    Timeouts timeout();

    Dispatcher dispatcher();

    interface Backoff {
        /** RO_WEBHOOKS_BACKOFF_BASE */
        @WithDefault("PT10S")
        Duration base();

        /** RO_WEBHOOKS_BACKOFF_CAP */
        @WithDefault("PT1H")
        Duration cap();
    }

    interface Timeouts {
        /** RO_WEBHOOKS_TIMEOUT_CONNECT */
        @WithDefault("PT5S")
        Duration connect();

        /** RO_WEBHOOKS_TIMEOUT_READ: the whole response, from the request sent */
        @WithDefault("PT10S")
        Duration read();
    }

    interface Dispatcher {
        /** Whether this replica runs the dispatcher (RO_WEBHOOKS_DISPATCHER_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** Pause between two rounds (RO_WEBHOOKS_DISPATCHER_POLL_INTERVAL). */
        @WithName("poll-interval")
        @WithDefault("PT2S")
        Duration pollInterval();

        /** Events fanned out per endpoint, and deliveries claimed, per round (RO_WEBHOOKS_DISPATCHER_BATCH_SIZE). */
        @WithName("batch-size")
        @WithDefault("50")
        int batchSize();

        /**
         * How long a claimed delivery is held by the replica that claimed it (RO_WEBHOOKS_DISPATCHER_LEASE); past it,
         * a delivery whose replica died mid-way is due again. Longer than connect + read timeouts.
         */
        @WithDefault("PT1M")
        Duration lease();
    }
}
