package ro.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer. */
@Schema(description = "RFC 9457 problem detail")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "A stable URI reference naming the rule or failure", maxLength = 200, example = "/problems/validation") String type,
        @Schema(description = "A short, human-readable summary, in the caller's language", maxLength = 200) String title,
        @Schema(description = "The HTTP status", minimum = "400", maximum = "599") int status,
        @Schema(description = "What went wrong in this occurrence", maxLength = 1000) String detail,
        @Schema(description = "The request path", maxLength = 2000) String instance,
        @Schema(description = "The request id (also in the X-Request-Id header)", maxLength = 100) String requestId,
        @Schema(description = "The fields that broke a rule", maxItems = 100) List<FieldViolation> errors,
        @Schema(description = "The record this problem points to, e.g. the existing one in a conflict", maxLength = 100) String existingId) {
}
