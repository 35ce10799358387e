package ro.casefile.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ro.casefile.model.CaseStage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A move to another stage; closing needs an outcome summary; reopening moves a closed case back to PREPARATION")
public record StageMove(
        @NotNull @Schema(required = true) CaseStage stage,
        @Size(max = 4000) @Schema(maxLength = 4000) String outcomeSummary) {
}
