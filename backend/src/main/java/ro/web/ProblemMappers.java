package ro.web;

import ro.rules.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import ro.rules.BrokenRules;
import ro.rules.Duplicate;
import ro.rules.Interrupted;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.rules.StaleVersion;
import ro.rules.Unavailable;
import ro.rules.Unprocessable;
import ro.rules.Refusal;

/** Turns every failure into RFC 9457 problem+json, in the caller's language, never with a stack trace. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.{1,100})'");

    private final HttpHeaders headers;
    private final UriInfo uriInfo;
    private final RoutingContext routingContext;

    public ProblemMappers(HttpHeaders headers, UriInfo uriInfo, RoutingContext routingContext) {
        this.headers = headers;
        this.uriInfo = uriInfo;
        this.routingContext = routingContext;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem) {
        Locale locale = locale();
        List<FieldViolation> errors = problem.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.rule(), Messages.text(locale, v.messageKey(), v.args())))
                .toList();
        Object[] args = localizedArgs(locale, problem.args());
        return respond(problem.type(), Messages.text(locale, problem.detailKey(), args), errors.isEmpty() ? null : errors,
                problem.existingId());
    }

    /** The domain's refusals other than a rule's: not found, invalid, stale, duplicate, unprocessable, unavailable. */
    @ServerExceptionMapper({ NotFound.class, Invalid.class, StaleVersion.class, Duplicate.class, Unprocessable.class,
            Unavailable.class, Interrupted.class })
    public Response domain(RuntimeException e) {
        return apiProblem(ApiProblem.of(e));
    }

    /** A rule of the program refuses the move: 409, with a type URI naming the rule. */
    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return respond(ProblemType.CONFLICT, "/problems/" + refusal.messageKey().replace('.', '-'),
                Messages.text(locale(), refusal.messageKey(), refusal.args()), null, null);
    }

    /** Rules of the program refuse the request as it is, naming the fields at fault: 422, with a type URI naming the rule. */
    @ServerExceptionMapper
    public Response broken(BrokenRules broken) {
        Locale locale = locale();
        List<FieldViolation> errors = broken.breaches().stream()
                .map(v -> new FieldViolation(v.field(), v.rule(), Messages.text(locale, v.messageKey(), v.args())))
                .toList();
        return respond(ProblemType.UNPROCESSABLE, "/problems/" + broken.messageKey().replace('.', '-'),
                Messages.text(locale, broken.messageKey()), errors, null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toCollection(ArrayList::new));
        return respond(ProblemType.VALIDATION, Messages.text(locale(), "problem.validation.detail"), errors, null);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class, JsonParseException.class,
            ValueInstantiationException.class, InvalidTypeIdException.class })
    public Response unreadable(JsonProcessingException e) {
        Locale locale = locale();
        String detail;
        List<FieldViolation> errors = null;
        if (e instanceof JsonInput.RefusedInput refused) {
            String field = pathOf(refused);
            detail = Messages.text(locale, refused.messageKey(), field);
            errors = List.of(new FieldViolation(field, refused.rule(), detail));
        } else if (e instanceof JsonParseException && duplicateKey(e) != null) {
            String field = duplicateKey(e);
            detail = Messages.text(locale, "problem.malformed-request.duplicate-key", field);
            errors = List.of(new FieldViolation(field, "UniqueKey", detail));
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            detail = Messages.text(locale, "problem.malformed-request.unknown-field", field);
            errors = List.of(new FieldViolation(field, "UnknownField", detail));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            detail = Messages.text(locale, "problem.malformed-request.wrong-type", field);
            errors = List.of(new FieldViolation(field, "Type", detail));
        } else {
            detail = Messages.text(locale, "problem.malformed-request.detail");
        }
        return respond(ProblemType.MALFORMED_REQUEST, detail, errors, null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(simple(ProblemType.UNAUTHENTICATED))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ro\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return simple(ProblemType.FORBIDDEN);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e) {
        return simple(ProblemType.PRECONDITION_FAILED);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return respond(ProblemType.NOT_FOUND, Messages.text(locale(), "problem.not-found.path"), null, null);
        }
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(simple(ProblemType.METHOD_NOT_ALLOWED))
                    .header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        if (e instanceof NotSupportedException) {
            return simple(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        if (e instanceof NotAcceptableException) {
            return simple(ProblemType.NOT_ACCEPTABLE);
        }
        if (e.getResponse().getStatus() == 400) {
            return e.getCause() instanceof JsonProcessingException unread ? unreadable(unread) : simple(ProblemType.MALFORMED_REQUEST);
        }
        if (e.getResponse().getStatus() == 401) {
            return unauthenticated(e);
        }
        if (e.getResponse().getStatus() == 403) {
            return simple(ProblemType.FORBIDDEN);
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return simple(ProblemType.PRECONDITION_FAILED);
            }
            ApiProblem problem = ApiProblem.of(cause);
            if (problem != null) {
                return apiProblem(problem);
            }
            if (cause instanceof Refusal refusal) {
                return refused(refusal);
            }
            if (cause instanceof BrokenRules broken) {
                return broken(broken);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (DatabaseOutage.causes(e)) {
            LOG.warnf("Database out of reach, request %s answered 503 (%s)", RequestIds.of(routingContext), e.getClass().getName());
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                    Messages.text(locale(), "problem.database-unavailable.detail"), null, null))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "Unexpected failure, request %s", RequestIds.of(routingContext));
        return simple(ProblemType.INTERNAL);
    }

    private Response simple(ProblemType type) {
        String slug = type.uri().substring("/problems/".length());
        return respond(type, Messages.text(locale(), "problem." + slug + ".detail"), null, null);
    }

    private Response respond(ProblemType type, String detail, List<FieldViolation> errors, String existingId) {
        return respond(type, type.uri(), detail, errors, existingId);
    }

    /** A problem of this kind; typeUri names the rule more precisely where there is one. */
    private Response respond(ProblemType type, String typeUri, String detail, List<FieldViolation> errors, String existingId) {
        Locale locale = locale();
        Problem body = new Problem(typeUri, Messages.text(locale, type.titleKey()), type.status(), detail,
                uriInfo == null ? null : instance(uriInfo.getRequestUri().getRawPath()), RequestIds.of(routingContext), errors, existingId);
        return Response.status(type.status())
                .type(MediaType.valueOf(PROBLEM_JSON))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body)
                .build();
    }

    private Object[] localizedArgs(Locale locale, Object[] args) {
        Object[] localized = args.clone();
        for (int i = 0; i < localized.length; i++) {
            if (localized[i] instanceof String s && s.endsWith(".resource")) {
                localized[i] = Messages.text(locale, s);
            }
        }
        return localized;
    }

    private Locale locale() {
        try {
            return Messages.choose(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.ENGLISH;
        }
    }

    /** The JSON name of the field at fault: the method and the body parameter are left out. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && !last) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** The field a body names twice (Jackson's strict duplicate detection), or null for another parse failure. */
    private static String duplicateKey(JsonProcessingException e) {
        Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? m.group(1) : null;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The request path, except a playback grant's code, which is a credential and never echoed. */
    static String instance(String path) {
        return path != null && path.startsWith(PLAYBACK) ? PLAYBACK + "{code}" : path;
    }

    private static final String PLAYBACK = "/api/playback/";
}
