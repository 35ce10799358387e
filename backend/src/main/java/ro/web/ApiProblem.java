package ro.web;

import java.util.List;

import ro.rules.Breach;
import ro.rules.Duplicate;
import ro.rules.Interrupted;
import ro.rules.Invalid;
import ro.rules.NotFound;
import ro.rules.StaleVersion;
import ro.rules.Unavailable;
import ro.rules.Unprocessable;

/**
 * A refusal that services raise: its problem type, a message key (with arguments) for the detail,
 * and, for validation, the fields at fault. Turned into problem+json by {@link ProblemMappers}.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final transient List<Breach> violations;
    private final String existingId;

    public ApiProblem(ProblemType type, String detailKey, Object... args) {
        this(type, detailKey, List.of(), null, args);
    }

    private ApiProblem(ProblemType type, String detailKey, List<Breach> violations, String existingId, Object... args) {
        super(detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.violations = List.copyOf(violations);
        this.existingId = existingId;
    }

    public static ApiProblem invalid(List<Breach> violations) {
        return new ApiProblem(ProblemType.VALIDATION, "problem.validation.detail", violations, null);
    }

    /** A rule of the program refuses the request (e.g. 422), naming the fields at fault. */
    public static ApiProblem refused(ProblemType type, String detailKey, List<Breach> violations) {
        return new ApiProblem(type, detailKey, violations, null);
    }

    public static ApiProblem notFound(String resource) {
        return new ApiProblem(ProblemType.NOT_FOUND, "problem.not-found.detail", resource);
    }

    public static ApiProblem conflict(String detailKey, String existingId, Object... args) {
        return new ApiProblem(ProblemType.CONFLICT, detailKey, List.of(), existingId, args);
    }

    /**
     * The problem a domain exception stands for (the services throw those, never an HTTP error), or
     * null when the failure is not one of them.
     */
    public static ApiProblem of(Throwable e) {
        if (e instanceof ApiProblem problem) {
            return problem;
        }
        if (e instanceof NotFound notFound) {
            return notFound(notFound.resourceKey());
        }
        if (e instanceof Invalid invalid) {
            return invalid(invalid.breaches());
        }
        if (e instanceof StaleVersion) {
            return new ApiProblem(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
        }
        if (e instanceof Duplicate duplicate) {
            return conflict(duplicate.messageKey(), duplicate.existingId(), duplicate.args());
        }
        if (e instanceof Unprocessable unprocessable) {
            return refused(ProblemType.valueOf(unprocessable.reason().name()), unprocessable.messageKey(), unprocessable.breaches());
        }
        if (e instanceof Unavailable unavailable) {
            return new ApiProblem(ProblemType.SERVICE_UNAVAILABLE, unavailable.messageKey());
        }
        if (e instanceof Interrupted interrupted) {
            return new ApiProblem(ProblemType.MALFORMED_REQUEST, interrupted.messageKey());
        }
        return null;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<Breach> violations() {
        return violations;
    }

    public String existingId() {
        return existingId;
    }
}
