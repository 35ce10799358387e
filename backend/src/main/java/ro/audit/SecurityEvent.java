package ro.audit;

/**
 * A request refused with 401, 403 or 404 on the API, as the audit trail keeps it: who (the token's
 * subject, or {@code anonymous}), the route template (never the raw path or query), the kind and id
 * of the record the path names, and the request id. Never a name, a contact detail or a body.
 */
public record SecurityEvent(String subject, String username, String roles, String resourceType, String resourceId,
        String requestId, String details) {

    public static final String ACTION = "DENIED";
    public static final String ANONYMOUS = "anonymous";
}
