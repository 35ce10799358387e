package ro.relay.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import ro.security.Roles;
import ro.work.Rows;
import ro.work.SqlWorkQueue;
import ro.work.WorkContext;
import ro.work.WorkItem;
import ro.work.WorkQueueName;

/** A mediator's messages waiting for their screening, oldest submitted first, with author and recipient. */
@ApplicationScoped
public class MessagesToScreen extends SqlWorkQueue {

    MessagesToScreen() {
        super(WorkQueueName.MESSAGES_TO_SCREEN, Roles.MEDIATOR, "m.id, m.case_id, m.submitted_at, m.author_id, m.recipient_id",
                context -> " from message m where m.state = 'IN_REVIEW'" + Rows.inCases(context, "m.case_id"), "m.submitted_at, m.id");
    }

    @Override
    protected List<WorkItem> items(WorkContext context, List<Object[]> rows) {
        return rows.stream().map(r -> new WorkItem("IN_REVIEW", Rows.instant(r[2]), null, Rows.uuid(r[1]), null, Rows.uuid(r[0]), null,
                List.of(Rows.uuid(r[3]), Rows.uuid(r[4])))).toList();
    }
}
