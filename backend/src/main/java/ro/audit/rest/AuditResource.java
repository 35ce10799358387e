package ro.audit.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.audit.AuditCheckpointPage;
import ro.audit.AuditEntryPage;
import ro.audit.AuditFilter;
import ro.audit.AuditService;
import ro.audit.AuditVerification;
import ro.security.Roles;
import ro.web.CursorPageRequest;
import ro.web.PageRequest;

@Path("/api/audit")
@Tag(name = "Audit")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Path("/entries")
    @Operation(summary = "Read the audit trail, newest first (auditor)")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public AuditEntryPage listAuditEntries(@BeanParam AuditFilterParams filter, @Valid @BeanParam CursorPageRequest paging) {
        return audit.list(filter.filter(), paging.page(), paging.size(), paging.after());
    }

    @GET
    @Path("/records/{type}/{id}")
    @Operation(summary = "Read one record's access log: every read and change of it, who, with which role, when, newest first"
            + " (auditor)", description = "Its entries, its refused attempts (DENIED), and the entries that name it in their"
                    + " details: a list that showed it, a change of a message of its case.")
    @APIResponse(responseCode = "200", description = "A page of the record's entries")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public AuditEntryPage readAccessLog(
            @PathParam("type") @Parameter(description = "Kind of record, e.g. PARTICIPANT, CASE, MESSAGE, REFERRAL",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[A-Z][A-Z0-9_]{0,39}$")) String type,
            @PathParam("id") @Parameter(description = "Id of the record", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String id,
            @Valid @BeanParam CursorPageRequest paging) {
        return audit.accessLog(type, id, paging.page(), paging.size(), paging.after());
    }

    @GET
    @Path("/entries/export")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    @Operation(summary = "Export the entries the filters select as CSV, newest first, with headers in English and French"
            + " (auditor)", description = "Streamed row by row; at most `limit` rows (100,000 at most, stated in the"
                    + " X-Export-Limit header); when more match, a last line says the export stopped there. The export"
                    + " is itself audited (AUDIT_EXPORTED, with the names of the filters).")
    @APIResponse(responseCode = "200", description = "The entries as CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response exportAuditEntries(@BeanParam AuditFilterParams filter,
            @QueryParam("limit") @Parameter(description = "The most rows to give, 1 to 100,000 (the default)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100000",
                            defaultValue = "100000")) String limit) {
        AuditFilter selected = filter.filter();
        int rows = AuditCsv.limit(limit);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            AuditCsv csv = new AuditCsv(writer);
            csv.header();
            if (audit.export(selected, rows, csv::row)) {
                csv.capped(rows);
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit-entries.csv\"")
                .header("X-Export-Limit", rows).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verify the sealed hash chain and the signed checkpoints, from the first entry or from a checkpoint"
            + " verified before, and name what is wrong (auditor)")
    @APIResponse(responseCode = "200", description = "The result of the check")
    public AuditVerification verifyAuditTrail(
            @QueryParam("fromCheckpoint") @Pattern(regexp = "[1-9][0-9]{0,17}") @Parameter(description = "Check incrementally:"
                    + " trust this checkpoint (the lastCheckpoint of an earlier check) and read only what was sealed after it",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String fromCheckpoint) {
        return audit.verify(fromCheckpoint == null ? null : Long.valueOf(fromCheckpoint));
    }

    @GET
    @Path("/checkpoints")
    @Operation(summary = "Read the signed checkpoints of the audit chain, newest first, with the key that checks them (auditor)")
    @APIResponse(responseCode = "200", description = "A page of checkpoints")
    public AuditCheckpointPage listAuditCheckpoints(@Valid @BeanParam PageRequest paging) {
        return audit.checkpoints(paging.page(), paging.size());
    }
}
