package ro.web;

import ro.rules.Messages;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import ro.security.Caller;

/**
 * Refuses API requests above the configured rates with 429, problem+json and {@code Retry-After}.
 * Runs before the resources: the caller is the verified token's subject (the token is checked here,
 * once, and the result reused by the resource); without a valid token, only the address counts.
 * The buckets live in PostgreSQL, so the check runs on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long CLEAN_EVERY_MS = 5 * 60 * 1000L;

    @Inject
    RateLimitBuckets buckets;

    @Inject
    RateLimitConfig config;

    @Inject
    IdentityProviderManager identities;

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::limit);
    }

    void cleanRegularly(@Observes StartupEvent start, Vertx vertx) {
        vertx.setPeriodic(CLEAN_EVERY_MS, id -> vertx.executeBlocking(buckets::removeFullBuckets, false));
    }

    void limit(RoutingContext rc) {
        rc.request().pause();
        RequestKind kind = RequestKind.of(rc.request().method().name(), rc.normalizedPath());
        String address = ClientAddress.of(rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress(),
                rc.request().headers().getAll("X-Forwarded-For"), config.trustedProxyHops());
        // the address first: a flood of forged tokens is refused before any of them is checked
        take(rc, () -> buckets.takeForAddress(kind, address), () -> {
            Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(rc, identities);
            (identity == null ? Uni.createFrom().<SecurityIdentity>nullItem() : identity.onFailure().recoverWithNull())
                    .subscribe().with(who -> {
                        if (rc.response().headWritten()) {
                            return; // the token was refused, and the refusal already sent
                        }
                        String subject = who == null || who.isAnonymous() ? null : Caller.subjectOf(who);
                        if (subject == null) {
                            proceed(rc);
                        } else {
                            take(rc, () -> buckets.takeForCaller(kind, subject), () -> proceed(rc));
                        }
                    });
        });
    }

    /** Takes a token on a worker thread, then goes on (back on the request's event loop) or refuses. */
    private void take(RoutingContext rc, Callable<Long> bucket, Runnable then) {
        rc.vertx().executeBlocking(bucket, false).onComplete(result -> {
            if (result.failed() && DatabaseOutage.causes(result.cause())) {
                LOG.warnf("Database out of reach, request %s answered 503 before the rate limit", RequestIds.of(rc));
                rc.response().putHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                problems.send(rc, ProblemType.SERVICE_UNAVAILABLE,
                        Messages.text(problems.locale(rc), "problem.database-unavailable.detail"), null);
            } else if (result.failed()) {
                // the database is the one the resource needs too: let the request meet that failure there
                LOG.errorf(result.cause(), "Rate limit not checked, request %s", RequestIds.of(rc));
                then.run();
            } else if (result.result() == 0) {
                then.run();
            } else {
                refuse(rc, result.result());
            }
        });
    }

    private static void proceed(RoutingContext rc) {
        rc.request().resume();
        rc.next();
    }

    private void refuse(RoutingContext rc, long retryAfterSeconds) {
        rc.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        problems.send(rc, ProblemType.TOO_MANY_REQUESTS,
                Messages.text(problems.locale(rc), "problem.too-many-requests.detail", Long.toString(retryAfterSeconds)), null);
    }
}
