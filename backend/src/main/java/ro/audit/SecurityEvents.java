package ro.audit;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import ro.security.Caller;
import ro.web.RequestIds;

/**
 * Writes every refused attempt on the API's records (401, 403, and 404 on a route naming a record) to
 * the audit trail as a security event. The write is blocking JDBC in its own transaction, so it runs on
 * a worker after the response is decided: it never blocks the event loop, and a failure to write it
 * is logged, never turned into an error for the caller.
 */
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class);
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    /** A literal segment followed by a parameter, e.g. {@code cases/{id}}. */
    private static final Pattern RECORD = Pattern.compile("([a-z-]+)/\\{(\\w+)}");

    @Inject
    AuditTrail trail;

    @ServerResponseFilter
    public void recordRefusal(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            RoutingContext rc) {
        int status = response.getStatus();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (!REFUSED.contains(status) || method == null) {
            return; // an unknown address names no record
        }
        String template = template(resource.getResourceClass(), method);
        if (!template.startsWith("/api/")) {
            return;
        }
        RecordRef ref = recordOf(template, request.getUriInfo().getPathParameters());
        if (status == 404 && ref.parameter() == null) {
            return;
        }
        SecurityIdentity identity = rc != null && rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        SecurityEvent event = identity == null || identity.isAnonymous()
                ? new SecurityEvent(SecurityEvent.ANONYMOUS, null, "", ref.type(), ref.id(), RequestIds.of(rc), details(status, request, template))
                : new SecurityEvent(Caller.subjectOf(identity), Caller.usernameOf(identity), Caller.rolesOf(identity), ref.type(), ref.id(),
                        RequestIds.of(rc), details(status, request, template));
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                trail.record(event);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Security event not audited, request %s", event.requestId());
            }
        });
    }

    private static String details(int status, ContainerRequestContext request, String template) {
        return "status=" + status + " route=" + request.getMethod() + " " + template;
    }

    /** The resource's route with its parameters' names, e.g. {@code /api/cases/{id}/notes}. */
    static String template(Class<?> resourceClass, Method method) {
        Path classPath = resourceClass.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String route = (classPath == null ? "" : classPath.value()) + (methodPath == null ? "" : "/" + methodPath.value());
        return route.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    record RecordRef(String type, String parameter, String id) {
    }

    /**
     * The record the route names: the last parameter of the route that holds an id, typed by the
     * segment before it ({@code cases/{id}} is a CASE). Only an id's shape is kept: anything else a
     * caller typed there could be personal data.
     */
    static RecordRef recordOf(String template, MultivaluedMap<String, String> parameters) {
        Matcher m = RECORD.matcher(template);
        RecordRef found = null;
        while (m.find()) {
            String value = parameters == null ? null : parameters.getFirst(m.group(2));
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
        return singular.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }
}
