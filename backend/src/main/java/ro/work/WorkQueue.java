package ro.work;

import java.util.List;

/**
 * One queue of work that waits for someone: what it holds is read by the feature that owns the records
 * (a case's reassessments by the case feature, messages to screen by the relay), in two queries at most
 * whatever the page size: one to count, one for a page. Who the queue is for is its {@link #role()}: a
 * mediator's queues hold only the cases assigned to them ({@link WorkContext#caseIds()}), a coordinator's
 * the whole program.
 */
public interface WorkQueue {

    /** The queue's name in the API and the portal, e.g. {@code reassessments-due}. */
    WorkQueueName name();

    /** The realm role the queue is for (one of {@link ro.security.Roles}). */
    String role();

    /**
     * Whether the queue holds only the cases assigned to the caller ({@link WorkContext#caseIds()}): a
     * mediator's queues are, unless the queue bounds itself otherwise (the referrals a mediator assesses).
     */
    default boolean boundedByCases() {
        return ro.security.Roles.MEDIATOR.equals(role());
    }

    long count(WorkContext context);

    /** A page of items, in the order the work should be done (most urgent or oldest first), ties by id. */
    List<WorkItem> items(WorkContext context, int offset, int limit);
}
