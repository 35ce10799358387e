package ro.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parts of the contract that every operation shares: the problem responses. */
@OpenAPIDefinition(
        info = @Info(title = "Restorative Opportunities API", version = "1.0.0"),
        tags = {
                @Tag(name = "Participants", description = "Harmed people, offenders and support persons"),
                @Tag(name = "Referrals", description = "Intake, triage, suitability and decisions (coordinators)"),
                @Tag(name = "Offender referrals", description = "Correctional staff and integrated systems refer offenders and follow the state of their own referrals"),
                @Tag(name = "Cases", description = "The restorative process: stages, ways of communicating, consents, participation, safety, meetings, notes, timeline"),
                @Tag(name = "Message relay", description = "Letters, video messages and relayed messages: recorded for their author, screened, then delivered"),
                @Tag(name = "Mediator roster", description = "Who may be assigned to cases (kept by admin)"),
                @Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
        },
        components = @Components(
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400", description = "The request is malformed or breaks a rule; `errors` names each field and rule",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's role may not do this",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No such record, or not one the caller may see",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409", description = "The change conflicts with the state of a record; `existingId` may name it",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unprocessable", responseCode = "422", description = "The request is understood but a rule of the program refuses it (e.g. an offender referring themselves, an Idempotency-Key reused with another body)",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "The If-Match ETag is stale: someone else changed the record",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "If-Match is required for this change",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429", description = "Above the rate limit of the caller or the address for this kind of request (reads, writes, uploads); retry after Retry-After seconds",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1")),
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
                },
                headers = {
                        @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 40))
                }))
public class ApiDefinition extends Application {
}
