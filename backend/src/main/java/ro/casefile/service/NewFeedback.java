package ro.casefile.service;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.casefile.model.FeedbackAnswer;

@Schema(description = "A participant's feedback after closure, recorded for them: each statement answered on the scale or DECLINED")
public record NewFeedback(
        @NotNull @Schema(required = true) UUID participantId,
        @NotNull @Schema(required = true, description = "I felt safe taking part") FeedbackAnswer feltSafe,
        @NotNull @Schema(required = true, description = "I felt heard") FeedbackAnswer feltHeard,
        @NotNull @Schema(required = true, description = "The process met my needs") FeedbackAnswer needsMet,
        @NotNull @Schema(required = true, description = "I would recommend the program to someone in my situation") FeedbackAnswer wouldRecommend,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true, description = "In their words; stays with the case, never in statistics") String comments) {
}
