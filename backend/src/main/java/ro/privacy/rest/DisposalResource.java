package ro.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.privacy.service.Disposal;
import ro.privacy.service.DisposalApproval;
import ro.privacy.service.DisposalService;
import ro.privacy.service.DuePage;
import ro.security.Roles;
import ro.web.PageRequest;

/** Retention and disposal: what the schedule says is due, and a coordinator's approval of its disposal. */
@Path("/api/disposals")
@Tag(name = "Retention and disposal")
public class DisposalResource {

    @Inject
    DisposalService disposals;

    @GET
    @Path("/due")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "The records whose retention period has ended, longest due first (coordinator)",
            description = "Closed cases, referrals declined or withdrawn, and dormant requests, each past its period of the retention"
                    + " schedule (ro.retention.*). A record under legal hold is listed with its hold and is not disposed of. Nothing"
                    + " here names a person.")
    @APIResponse(responseCode = "200", description = "A page of what is due")
    public DuePage listDue(@BeanParam @Valid PageRequest page) {
        return disposals.due(page.page(), page.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Dispose of records that are due (coordinator)",
            description = "Each record is checked again as it is disposed of: still due and not under legal hold (for a case, nor any"
                    + " of its referrals). If any is not, nothing is disposed of and the 409 names each record refused. Disposal removes"
                    + " the people's personal data (a person no other record names is erased; one still named elsewhere only loses"
                    + " their link to this record), texts, notes and files, and keeps what the statistics count. Audited: DISPOSE per"
                    + " record and ERASE per person, by id.")
    @APIResponse(responseCode = "200", description = "Disposed of")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Disposal approveDisposal(@NotNull @Valid DisposalApproval approval) {
        return disposals.dispose(approval);
    }
}
