package ro.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract's title, tags and the ETag header; {@link SharedResponses} adds the problem responses. */
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
                headers = {
                        @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 40))
                }))
public class ApiDefinition extends Application {
}
