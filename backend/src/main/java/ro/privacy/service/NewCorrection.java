package ro.privacy.service;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.privacy.model.RecordType;

@Schema(description = "A person's request to correct a recorded fact, as a coordinator records it")
public record NewCorrection(
        @NotNull @Schema(required = true, description = "The participant who asks") UUID participantId,
        @NotNull @Schema(required = true, description = "The kind of record disputed") RecordType recordType,
        @NotNull @Schema(required = true, description = "The record disputed; it must exist (422 naming recordId otherwise)") UUID recordId,
        @Size(max = 60) @Pattern(regexp = "^[A-Za-z.]{1,60}$")
        @Schema(nullable = true, maxLength = 60, pattern = "^[A-Za-z.]{1,60}$",
                description = "The field disputed, as the record's API names it (a contact detail as contact.phone...); absent: the record as a whole. "
                        + "400 naming field when the record has no such field")
        String field,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000, description = "What the person says is wrong") String whatIsWrong,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000, description = "What the person asks instead") String whatIsAsked) {
}
