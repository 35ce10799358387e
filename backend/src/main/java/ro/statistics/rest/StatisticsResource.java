package ro.statistics.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ro.security.Roles;
import ro.statistics.service.StatisticsReport;
import ro.statistics.service.StatisticsService;

/** De-identified statistics for program oversight: coordinators and auditors. */
@Path("/api/statistics")
@Tag(name = "Statistics")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Operation(summary = "De-identified statistics over whole months, nationally or for one region:"
            + " counts with small counts suppressed, and durations (coordinator, auditor)", description = "Days are UTC days. A referral"
            + " counts in its region, a case (and its messages, meetings, withdrawals) in the region of its earliest referral; a record"
            + " with no region counts nationally only. Flows count what happened in the period: referrals received (created),"
            + " decided or withdrawn, assessments finalised, case movements, ways chosen, closures, withdrawals and rejoins, messages"
            + " recorded (by their state now), meetings dated in it; casesByStage is the stock at the end of the period (cases opened"
            + " by then, less those closed before it began). Counts from 1 to 4 are suppressed, and with them enough other counts"
            + " (complementary suppression over every region at once) that none can be recovered from totals, other cells or the"
            + " national answer less the regions'; a duration's median and 90th percentile are given for a shown group of 5 or more.")
    @APIResponse(responseCode = "200", description = "Every table and every duration of the period")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public StatisticsReport getStatistics(
            @QueryParam("from") @NotNull @Parameter(required = true, description = "The first day of a month") LocalDate from,
            @QueryParam("to") @NotNull @Parameter(required = true, description = "The last day of a month, at most five years after from")
            LocalDate to,
            @QueryParam("regionId") @Parameter(description = "A region (none: the whole country)") UUID regionId) {
        return statistics.report(from, to, regionId);
    }
}
