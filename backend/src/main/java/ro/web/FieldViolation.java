package ro.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field that broke one rule, as reported in a validation problem. */
@Schema(description = "A field that broke a rule")
public record FieldViolation(
        @Schema(description = "The field, as a JSON path (e.g. `contact.email`)", maxLength = 200) String field,
        @Schema(description = "The rule that was broken (e.g. `NotNull`, `Size`, `RequiredForOffenders`)", maxLength = 100) String rule,
        @Schema(description = "What is wrong, in the caller's language", maxLength = 500) String message) {
}
