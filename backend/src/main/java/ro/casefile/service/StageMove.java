package ro.casefile.service;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ro.rules.Invalid;
import ro.casefile.model.CaseStage;
import ro.rules.Breach;
import ro.rules.Text;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A move to another stage; closing needs an outcome summary; reopening moves a closed case back to PREPARATION")
public record StageMove(
        @NotNull @Schema(required = true) CaseStage stage,
        @Size(max = 4000) @Schema(maxLength = 4000) String outcomeSummary) {

    /** Closing without an outcome summary is a missing required input (400 naming the field), not a conflict. */
    public StageMove requireOutcomeToClose() {
        if (stage == CaseStage.CLOSED && Text.blankToNull(outcomeSummary) == null) {
            throw new Invalid(List.of(new Breach("outcomeSummary", "NotBlank", "case.stage.close-needs-outcome")));
        }
        return this;
    }
}
