package ro.web;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The token buckets of the rate limits, held in PostgreSQL (table {@code rate_limit_bucket}) so that
 * every API replica counts against the same buckets. Blocking JDBC: never call it on the event loop.
 */
@ApplicationScoped
public class RateLimitBuckets {

    public static final String CALLER = "caller";
    public static final String ADDRESS = "address";
    private static final int CLEAN_BATCH = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @PostConstruct
    void connect() {
        buckets = proxyManager(dataSource);
    }

    /** A proxy manager on the shared table; each replica builds its own on the same database. */
    public static PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a bucket that has refilled to the full is the same as no bucket: the row may go
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /** {@code limit} requests per period, coming back evenly over the period. */
    public static BucketConfiguration configuration(long limit, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, period))
                .build();
    }

    /** The bucket's id: who is counted (a token subject or an address) and the kind of request. */
    public static String key(String scope, RequestKind kind, String who) {
        String id = scope + ":" + kind.name().toLowerCase() + ":" + who;
        return id.length() <= 200 ? id : id.substring(0, 200);
    }

    /** Takes a token from the address's bucket: 0 when the request may go on, else the seconds to wait. */
    public long takeForAddress(RequestKind kind, String address) {
        return take(key(ADDRESS, kind, address), config.limit(config.address(), kind));
    }

    /** Takes a token from the authenticated caller's bucket: 0 when the request may go on, else the seconds to wait. */
    public long takeForCaller(RequestKind kind, String subject) {
        return take(key(CALLER, kind, subject), config.limit(config.caller(), kind));
    }

    private long take(String key, long limit) {
        BucketConfiguration configuration = configuration(limit, config.period());
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
    }

    /** Drops rows of buckets that have refilled to the full; returns how many went. */
    public int removeFullBuckets() {
        return buckets.removeExpired(CLEAN_BATCH);
    }
}
