package ro.casefile.service;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ro.rules.Invalid;
import ro.casefile.model.CaseStage;
import ro.casefile.model.ClosureOutcome;
import ro.rules.BrokenRules;
import ro.rules.Breach;
import ro.rules.Text;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A move to another stage; closing needs an outcome summary and a closure outcome (given on no other move);"
        + " reopening moves a closed case back to PREPARATION")
public record StageMove(
        @NotNull @Schema(required = true) CaseStage stage,
        @Size(max = 4000) @Schema(maxLength = 4000) String outcomeSummary,
        @Schema(nullable = true) ClosureOutcome closureOutcome) {

    /**
     * Closing without an outcome summary is a missing required input (400 naming the field), not a
     * conflict; closing without a closure outcome, or giving one on another move, breaks a rule of the
     * program (422 naming closureOutcome).
     */
    public StageMove requireOutcomeToClose() {
        if (stage == CaseStage.CLOSED && Text.blankToNull(outcomeSummary) == null) {
            throw new Invalid(List.of(new Breach("outcomeSummary", "NotBlank", "case.stage.close-needs-outcome")));
        }
        if (stage == CaseStage.CLOSED && closureOutcome == null) {
            throw closureOutcome("Required", "case.stage.close-needs-closure-outcome");
        }
        if (stage != CaseStage.CLOSED && closureOutcome != null) {
            throw closureOutcome("OnlyWhenClosing", "case.stage.closure-outcome-only-to-close");
        }
        return this;
    }

    private static BrokenRules closureOutcome(String rule, String key) {
        return new BrokenRules(key, List.of(new Breach("closureOutcome", rule, key)));
    }
}
