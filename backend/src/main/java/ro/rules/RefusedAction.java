package ro.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An action the caller's role may call that the rules refuse now, with the reason the same policy would
 * give if it were called anyway: the portal shows it disabled with that reason, or not at all.
 */
@Schema(description = "An action the caller's role may call that the server's rules refuse now, with the reason they would give")
public record RefusedAction(
        @Schema(required = true, maxLength = 40, description = "The action, as allowedActions names it") String action,
        @Schema(required = true, maxLength = 100, description = "The reason's message key (the type of the refusal's problem)") String reasonKey,
        @Schema(required = true, maxLength = 1000, description = "The reason, in the caller's language (Accept-Language)") String reason) {
}
