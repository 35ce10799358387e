package ro.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a queue is asked for: the time it is now (and today's date), and for a mediator's queue the
 * cases assigned to the caller now ({@code caseIds}); {@code null} for a coordinator's queue, which reads
 * the whole program. {@code username} is whom the work is for (the caller, or the person a notice is
 * for): a queue that bounds itself by something else than cases reads it.
 */
public record WorkContext(Instant now, LocalDate today, List<UUID> caseIds, String username) {

    public boolean bounded() {
        return caseIds != null;
    }

    /** A bounded context that reaches no case has nothing in any queue. */
    public boolean reachesNothing() {
        return caseIds != null && caseIds.isEmpty();
    }
}
