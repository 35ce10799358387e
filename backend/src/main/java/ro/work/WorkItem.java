package ro.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One thing waiting, as a queue finds it: why it is there ({@code reason}, a code), since when, by when
 * where there is a date, the records it is about (any of them may be absent) and the participants it
 * concerns (their names are added for the caller, who reaches them, by {@link WorkService}).
 */
public record WorkItem(String reason, Instant since, LocalDate dueOn, UUID caseId, UUID referralId, UUID messageId,
        UUID meetingId, List<UUID> participantIds) {

    public WorkItem {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }
}
