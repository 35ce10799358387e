package ro.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import ro.audit.RequestId;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well-formed, a new one
 * otherwise. The id is echoed on every response (API, health and OpenAPI alike) and written to
 * the audit trail.
 */
@ApplicationScoped
public class RequestIds implements RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "ro.requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            rc.put(KEY, id);
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, id));
            rc.next();
        });
    }

    @Inject
    Instance<RoutingContext> request;

    /** The request being served, or "none" outside one. */
    @Override
    public String current() {
        return request.isResolvable() ? of(request.get()) : "none";
    }

    public static String of(RoutingContext rc) {
        String id = rc == null ? null : rc.get(KEY);
        return id == null ? "none" : id;
    }
}
