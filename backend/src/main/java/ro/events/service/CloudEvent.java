package ro.events.service;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event as a CloudEvents 1.0 JSON document (structured mode): its attributes and its data, which holds
 * ids, codes and instants only. Jackson writes exactly these members, in this order.
 */
@Schema(description = "An event as a CloudEvents 1.0 JSON document: ids, states and dates only, never a name, a contact, a text or a reason")
public record CloudEvent(
        @Schema(required = true, enumeration = "1.0") String specversion,
        @Schema(required = true, format = "uuid", description = "The event's id: the same event delivered again has the same id") String id,
        @Schema(required = true, maxLength = 200, description = "This program (setting ro.events.source)") String source,
        @Schema(required = true, maxLength = 80, enumeration = { "ca.gc.csc-scc.ro.referral.state-changed",
                "ca.gc.csc-scc.ro.case.stage-changed", "ca.gc.csc-scc.ro.message.state-changed",
                "ca.gc.csc-scc.ro.case.safety-hold-set", "ca.gc.csc-scc.ro.case.safety-hold-lifted",
                "ca.gc.csc-scc.ro.meeting.state-changed" }) String type,
        @Schema(required = true, format = "date-time", description = "When it happened (RFC 3339)") String time,
        @Schema(required = true, format = "uuid", description = "The id of the record it is about (a referral, a case, a message, a meeting)") String subject,
        @Schema(required = true, enumeration = "application/json") String datacontenttype,
        @Schema(required = true, type = SchemaType.OBJECT, description = "The new state (state), the one before (previousState, absent when the record was just created), when (changedAt), and the ids and dates that tie it to its parent (caseId) or that its reader is shown (submittedAt, decidedAt, closedAt)",
                additionalProperties = String.class) Map<String, Object> data) {
}
