package ro.web;

import ro.rules.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits applied before a request reaches a resource. A JSON body may be at most {@link #MAX_JSON_BYTES}:
 * a larger Content-Length is refused at once (413) and a chunked body is cut when it passes the limit;
 * only the file upload route streams large bodies (its own limits are in the relay settings). A NUL
 * character in a query parameter or the path is refused (400 naming it): no text with NUL is stored or searched.
 */
@ApplicationScoped
public class RequestLimits {

    public static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Pattern UPLOAD = Pattern.compile("/api/cases/[^/]+/messages/[^/]+/uploads/[^/]+/?");

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.path() != null && request.path().toLowerCase(Locale.ROOT).contains("%00")) {
            String detail = Messages.text(locale(rc), "problem.malformed-request.nul-character", "path");
            refuse(rc, ProblemType.MALFORMED_REQUEST, detail, List.of(new FieldViolation("path", "NoNulCharacter", detail)));
            return;
        }
        for (Map.Entry<String, String> param : rc.queryParams()) {
            if (param.getValue().indexOf('\u0000') >= 0) {
                String detail = Messages.text(locale(rc), "problem.malformed-request.nul-character", param.getKey());
                refuse(rc, ProblemType.MALFORMED_REQUEST, detail, List.of(new FieldViolation(param.getKey(), "NoNulCharacter", detail)));
                return;
            }
        }
        if (UPLOAD.matcher(request.path()).matches()) {
            rc.next();
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (tooLarge(length)) {
                tooLarge(rc);
            } else {
                rc.next();
            }
            return;
        }
        if (!BODY_METHODS.contains(request.method()) || request.isEnded()) {
            rc.next();
            return;
        }
        readCapped(rc);
    }

    /** A body without a length (chunked, or HTTP/2) is read here, up to the limit, and handed on whole; past the limit it is refused. */
    @SuppressWarnings("deprecation")
    private void readCapped(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > MAX_JSON_BYTES) {
                refused[0] = true;
                tooLarge(rc);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(rc::fail);
        request.endHandler(v -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    private static boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_JSON_BYTES;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void tooLarge(RoutingContext rc) {
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        refuse(rc, ProblemType.PAYLOAD_TOO_LARGE,
                Messages.text(locale(rc), "problem.payload-too-large.detail"), null);
    }

    private void refuse(RoutingContext rc, ProblemType type, String detail, List<FieldViolation> errors) {
        problems.send(rc, type, detail, errors);
    }

    private Locale locale(RoutingContext rc) {
        return problems.locale(rc);
    }
}
