package ro.casefile.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.security.StaffName;
import ro.casefile.model.FeedbackAnswer;
import ro.casefile.model.ParticipantFeedback;

@Schema(description = "A participant's feedback after closure")
public record FeedbackView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID participantId,
        @Schema(required = true) FeedbackAnswer feltSafe,
        @Schema(required = true) FeedbackAnswer feltHeard,
        @Schema(required = true) FeedbackAnswer needsMet,
        @Schema(required = true) FeedbackAnswer wouldRecommend,
        @Schema(maxLength = 4000, nullable = true) String comments,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true, maxLength = 100) String recordedBy,
        @Schema(required = true, description = "Who recorded it, as people call them") StaffName recordedByName) {

    static FeedbackView of(ParticipantFeedback f, ro.security.StaffNames staff) {
        return new FeedbackView(f.id, f.participantId, f.feltSafe, f.feltHeard, f.needsMet, f.wouldRecommend, f.comments,
                f.recordedAt, f.recordedBy, staff.of(f.recordedBy));
    }
}
