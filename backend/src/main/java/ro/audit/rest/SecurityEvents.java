package ro.audit.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import ro.audit.AuditTrail;
import ro.audit.SecurityEvent;
import ro.security.Caller;
import ro.web.RequestIds;

/**
 * Writes every refused attempt on the API's records (401, 403, and 404 on a route naming a record) to
 * the audit trail as a security event, whether the refusal came from a resource or from the token
 * check before it. The write is blocking JDBC in its own transaction, so it runs on a worker once the
 * response is decided: it never blocks the event loop, and a failure to write it is logged, never
 * turned into an error for the caller.
 */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class);
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    /** A literal segment followed by a parameter, e.g. {@code cases/{id}}. */
    private static final Pattern RECORD = Pattern.compile("([a-z-]+)/\\{(\\w+)}");

    @Inject
    AuditTrail trail;

    @Inject
    RouteTemplates routes;

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).handler(rc -> {
            rc.addHeadersEndHandler(v -> recordRefusal(rc));
            rc.next();
        });
    }

    void recordRefusal(RoutingContext rc) {
        int status = rc.response().getStatusCode();
        if (!REFUSED.contains(status)) {
            return;
        }
        String method = rc.request().method().name();
        Optional<RouteTemplates.Route> route = routes.of(method, rc.normalizedPath());
        if (route.isEmpty()) {
            return; // an unknown address names no record
        }
        String template = route.get().template();
        RecordRef ref = recordOf(template, route.get().values(rc.normalizedPath()));
        if (status == 404 && ref.parameter() == null) {
            return;
        }
        String details = "status=" + status + " route=" + method + " " + template;
        SecurityIdentity identity = rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        SecurityEvent event = identity == null || identity.isAnonymous()
                ? new SecurityEvent(SecurityEvent.ANONYMOUS, null, "", ref.type(), ref.id(), RequestIds.of(rc), details)
                : new SecurityEvent(Caller.subjectOf(identity), Caller.usernameOf(identity), Caller.rolesOf(identity), ref.type(),
                        ref.id(), RequestIds.of(rc), details);
        rc.vertx().executeBlocking(() -> {
            trail.record(event);
            return null;
        }, false).onFailure(e -> LOG.errorf(e, "Security event not audited, request %s", event.requestId()));
    }

    record RecordRef(String type, String parameter, String id) {
    }

    /**
     * The record the route names: the last parameter of the route that holds an id, typed by the
     * segment before it ({@code cases/{id}} is a CASE). Only an id's shape is kept: anything else a
     * caller typed there could be personal data.
     */
    static RecordRef recordOf(String template, Map<String, String> parameters) {
        Matcher m = RECORD.matcher(template);
        RecordRef found = null;
        while (m.find()) {
            String value = parameters == null ? null : parameters.get(m.group(2));
            String id = isId(value) ? value : null;
            if (found == null || id != null || found.id() == null) {
                found = new RecordRef(typeOf(m.group(1)), m.group(2), id);
            }
        }
        if (found != null) {
            return found;
        }
        String[] segments = template.split("/");
        return new RecordRef(segments.length > 2 ? typeOf(segments[2]) : "API", null, null);
    }

    private static boolean isId(String value) {
        if (value == null) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String typeOf(String segment) {
        String singular = segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
        return singular.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
