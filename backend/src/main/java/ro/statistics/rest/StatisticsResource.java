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
            + " counts with small counts suppressed, and durations (coordinator, auditor)")
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
