package ro.participant;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.lists.Paging;

@Schema(description = "A page of participants, ordered by last name, first name, then id")
public record ParticipantPage(
        @Schema(required = true, maxItems = 100) List<ParticipantSummary> items,
        @JsonUnwrapped Paging paging) {
}
