package ro.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.audit.AuditCheckpointPage;
import ro.audit.AuditEntryPage;
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
    public AuditEntryPage listAuditEntries(
            @QueryParam("resourceType") @Size(max = 40) @Parameter(description = "Only entries about this kind of record, e.g. PARTICIPANT") String resourceType,
            @QueryParam("resourceId") @Size(max = 100) @Parameter(description = "Only entries about this record") String resourceId,
            @Valid @BeanParam CursorPageRequest paging) {
        return audit.list(resourceType, resourceId, paging.page(), paging.size(), paging.after());
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
