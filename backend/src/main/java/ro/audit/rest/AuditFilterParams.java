package ro.audit.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ro.audit.AuditFilter;

/** The auditor's filters of the trail as query parameters; checked by {@link AuditFilter#of} (422 naming the parameter). */
public class AuditFilterParams {

    @QueryParam("actor")
    @Parameter(description = "Who: a user name, or a token subject (a UUID)", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String actor;

    @QueryParam("role")
    @Parameter(description = "A role the caller held", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "coordinator", "mediator", "staff", "auditor", "admin", "integration" }))
    String role;

    @QueryParam("action")
    @Parameter(description = "What was done, e.g. READ, UPDATE, LIST, DENIED", schema = @Schema(type = SchemaType.STRING, maxLength = 40,
            pattern = "^[A-Z][A-Z0-9_]{0,39}$"))
    String action;

    @QueryParam("resourceType")
    @Parameter(description = "Only entries about this kind of record, e.g. PARTICIPANT", schema = @Schema(type = SchemaType.STRING,
            maxLength = 40, pattern = "^[A-Z][A-Z0-9_]{0,39}$"))
    String resourceType;

    @QueryParam("resourceId")
    @Parameter(description = "Only entries about this record", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String resourceId;

    @QueryParam("from")
    @Parameter(description = "The period's start, inclusive: a date (its whole day, UTC) or an instant",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, examples = { "2026-11-01", "2026-11-01T09:30:00Z" }))
    String from;

    @QueryParam("to")
    @Parameter(description = "The period's end, inclusive: a date (its whole day, UTC) or an instant",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, examples = { "2026-11-30", "2026-11-30T17:00:00Z" }))
    String to;

    @QueryParam("requestId")
    @Parameter(description = "Only entries of this request", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String requestId;

    AuditFilter filter() {
        return AuditFilter.of(actor, role, action, resourceType, resourceId, from, to, requestId);
    }
}
