package ro.web;

import ro.rules.Messages;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem+json written by the route handlers that answer before a resource is reached (body and rate
 * limits), in the caller's language, shaped as {@link ProblemMappers} shapes the resources' problems.
 */
@ApplicationScoped
public class RouteProblems {

    @Inject
    ObjectMapper json;

    /** The caller's language from Accept-Language; English when the header cannot be read. */
    public Locale locale(RoutingContext rc) {
        try {
            return Messages.choose(rc.acceptableLanguages().stream().map(l -> Locale.forLanguageTag(l.tag())).toList());
        } catch (RuntimeException malformedHeader) {
            return Messages.ENGLISH;
        }
    }

    /** Ends the response with a problem of this type; the response may carry headers set before. */
    public void send(RoutingContext rc, ProblemType type, String detail, List<FieldViolation> errors) {
        Locale locale = locale(rc);
        Problem problem = new Problem(type.uri(), Messages.text(locale, type.titleKey()), type.status(), detail,
                rc.request().path(), RequestIds.of(rc), errors, null);
        try {
            String body = json.writeValueAsString(problem);
            HttpServerResponse response = rc.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.end(body);
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
