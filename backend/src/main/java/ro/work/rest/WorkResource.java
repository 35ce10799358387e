package ro.work.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.security.Roles;
import ro.web.PageRequest;
import ro.work.WorkPage;
import ro.work.WorkQueueCount;
import ro.work.WorkQueueName;
import ro.work.WorkService;

/** "My work": what waits for the caller, queue by queue (a mediator's across their cases, a coordinator's across the program). */
@Path("/api/work")
@Tag(name = "My work")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class WorkResource {

    @Inject
    WorkService work;

    @GET
    @Operation(summary = "How much waits in each of the caller's queues, in the order the portal shows them")
    public List<WorkQueueCount> getWorkSummary() {
        return work.summary();
    }

    @GET
    @Path("/{queue}")
    @Operation(summary = "A page of one of the caller's queues, most urgent or oldest first; a queue of a role the caller does not hold answers 403",
            description = "A mediator's queues: reassessments-due, messages-to-screen, meetings-soon, recent-withdrawals, referral-assessments."
                    + " A coordinator's: referrals-waiting, no-contact-reviews, matches-to-act-on, numbers-to-confirm, quiet-cases, cases-without-mediator.")
    public WorkPage getWorkQueue(
            @PathParam("queue") @Parameter(schema = @Schema(type = SchemaType.STRING, implementation = WorkQueueName.class)) String queue,
            @Valid @BeanParam PageRequest paging) {
        WorkQueueName name = WorkQueueName.of(queue).orElseThrow(NotFoundException::new);
        if (!work.isMine(name)) {
            throw new ForbiddenException();
        }
        return work.page(name, paging.page(), paging.size());
    }
}
