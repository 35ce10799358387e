package ro.relay.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ro.security.Roles;
import ro.work.Rows;
import ro.work.WorkContext;
import ro.work.WorkItem;
import ro.work.WorkQueue;
import ro.work.WorkQueueName;

/** A mediator's messages waiting for their screening, oldest submitted first, with author and recipient. */
@ApplicationScoped
public class MessagesToScreen implements WorkQueue {

    @Inject
    EntityManager em;

    @Override
    public WorkQueueName name() {
        return WorkQueueName.MESSAGES_TO_SCREEN;
    }

    @Override
    public String role() {
        return Roles.MEDIATOR;
    }

    private static String from(WorkContext context) {
        return " from message m where m.state = 'IN_REVIEW'" + Rows.inCases(context, "m.case_id");
    }

    @Override
    public long count(WorkContext context) {
        return Rows.count(Rows.query(em, "select count(*)" + from(context), context));
    }

    @Override
    public List<WorkItem> items(WorkContext context, int offset, int limit) {
        var query = Rows.query(em, "select m.id, m.case_id, m.submitted_at, m.author_id, m.recipient_id" + from(context)
                + " order by m.submitted_at, m.id", context);
        return Rows.page(query, offset, limit).stream().map(r -> new WorkItem("IN_REVIEW", Rows.instant(r[2]), null,
                Rows.uuid(r[1]), null, Rows.uuid(r[0]), null, List.of(Rows.uuid(r[3]), Rows.uuid(r[4])))).toList();
    }
}
