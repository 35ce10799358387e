package ro.work;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.service.CaseSituations;
import ro.lists.Paging;
import ro.participant.ParticipantLookup;
import ro.rules.NotFound;
import ro.security.CaseScope;
import ro.security.Caller;

/**
 * "My work": the queues of work waiting for the caller, by the roles they hold. A mediator's queues
 * hold only the cases assigned to them now; a coordinator's the whole program. A page costs the same
 * queries for one item as for a hundred: the queue's count and page, and one lookup of the names of
 * the people on the page.
 */
@RequestScoped
@Transactional
public class WorkService {

    static final String AUDIT_TYPE = "WORK_QUEUE";

    @Inject
    Instance<WorkQueue> queues;

    @Inject
    CaseSituations cases;

    @Inject
    ParticipantLookup participants;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** How much waits in each of the caller's queues (no names: nothing to audit). */
    public List<WorkQueueCount> summary() {
        Map<Boolean, WorkContext> byBound = new java.util.HashMap<>();
        return mine().stream().map(q -> new WorkQueueCount(q.name(), q.role(),
                count(q, byBound.computeIfAbsent(q.boundedByCases(), b -> context(q))))).toList();
    }

    /** Whether the queue is one of the caller's (it is for a role they hold). */
    public boolean isMine(WorkQueueName name) {
        return mine().stream().anyMatch(q -> q.name() == name);
    }

    /** A page of one of the caller's queues (404 for any other). */
    public WorkPage page(WorkQueueName name, int page, int size) {
        WorkQueue queue = mine().stream().filter(q -> q.name() == name).findFirst()
                .orElseThrow(() -> new NotFound("work.queue"));
        WorkContext context = context(queue);
        if (context.reachesNothing()) {
            return new WorkPage(name, List.of(), Paging.none(page, size));
        }
        long total = queue.count(context);
        List<WorkItem> items = total == 0 ? List.of() : queue.items(context, page * size, size);
        Map<UUID, ParticipantLookup.Named> named = participants.findAll(peopleOf(items));
        audit.record(AuditRecord.read("LIST", AUDIT_TYPE, null).with("queue", name.key()).withIds(named.keySet()));
        return new WorkPage(name, items.stream().map(i -> view(i, named)).toList(),
                new Paging(total, true, page, size, null));
    }

    /** The caller's queues, in the order of {@link WorkQueueName}. */
    List<WorkQueue> mine() {
        return queues.stream().filter(q -> caller.is(q.role()))
                .sorted(Comparator.comparing(WorkQueue::name)).toList();
    }

    /** The queues of a role, in the order of {@link WorkQueueName} (none for a role that has no queue). */
    public List<WorkQueueName> queuesOf(String role) {
        return queues.stream().filter(q -> q.role().equals(role)).map(WorkQueue::name).sorted().toList();
    }

    /**
     * How much waits in each queue of a role for a person who is not the caller (a stored person, e.g. for
     * a notice: their user name and a role they hold): the same queues and bounds as their own "My work".
     * Counts only, no names: nothing to audit.
     */
    public Map<WorkQueueName, Long> waitingFor(String username, String role) {
        Map<WorkQueueName, Long> waiting = new java.util.EnumMap<>(WorkQueueName.class);
        Map<Boolean, WorkContext> byBound = new java.util.HashMap<>();
        queues.stream().filter(q -> q.role().equals(role)).forEach(q -> waiting.put(q.name(),
                count(q, byBound.computeIfAbsent(q.boundedByCases(), b -> context(q, username)))));
        return waiting;
    }

    private long count(WorkQueue queue, WorkContext context) {
        return context.reachesNothing() ? 0 : queue.count(context);
    }

    private WorkContext context(WorkQueue queue) {
        return context(queue, caller.username());
    }

    private WorkContext context(WorkQueue queue, String username) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<UUID> caseIds = queue.boundedByCases()
                ? cases.caseIdsReachedBy(CaseScope.assignedTo(username))
                : null;
        return new WorkContext(now, today, caseIds, username);
    }

    private static Set<UUID> peopleOf(List<WorkItem> items) {
        Set<UUID> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.addAll(i.participantIds()));
        return ids;
    }

    private static WorkItemView view(WorkItem item, Map<UUID, ParticipantLookup.Named> named) {
        List<WorkPerson> people = item.participantIds().stream().map(named::get).filter(Objects::nonNull)
                .map(n -> new WorkPerson(n.id(), n.kind(), n.firstName(), n.lastName())).toList();
        return new WorkItemView(item.reason(), item.since(), item.dueOn(), item.caseId(), item.referralId(), item.messageId(),
                item.meetingId(), people);
    }
}
