package ro.web;

import jakarta.ws.rs.core.Response.Status;

/** The stable kinds of problem the API answers with; each has a type URI and a localized title. */
public enum ProblemType {
    VALIDATION(Status.BAD_REQUEST, "validation"),
    MALFORMED_REQUEST(Status.BAD_REQUEST, "malformed-request"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden"),
    NOT_FOUND(Status.NOT_FOUND, "not-found"),
    CONFLICT(Status.CONFLICT, "conflict"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "precondition-failed"),
    PRECONDITION_REQUIRED(Status.fromStatusCode(428), "precondition-required"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal");

    private final int status;
    private final String slug;

    ProblemType(Status status, String slug) {
        this.status = status.getStatusCode();
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }
}
