package ro.web;

/** The stable kinds of problem the API answers with; each has a type URI and a localized title. */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    CONFLICT(409, "conflict"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    OFFENDER_SELF_REFERRAL(422, "offender-self-referral"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    NOT_A_STAFF_MEMBER(422, "not-a-staff-member"),
    UNPROCESSABLE(422, "unprocessable"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
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
