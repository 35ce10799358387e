package ro.work;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A queue read by native SQL in two statements whatever the page size: {@code select count(*)} and
 * {@code select <columns>} of the same {@link #from} clause, the page in {@link #order}. A mediator's
 * queue is bound to the cases assigned to them ({@code :cases}, through {@link Rows#inCases}).
 */
public abstract class SqlWorkQueue implements WorkQueue {

    @Inject
    protected EntityManager em;

    private final WorkQueueName name;
    private final String role;
    private final String columns;
    private final Function<WorkContext, String> from;
    private final String order;

    /**
     * @param columns what an item is made of
     * @param from the FROM and WHERE of the queue for a context (with {@link Rows#inCases} for a mediator's)
     * @param order the order of the work
     */
    protected SqlWorkQueue(WorkQueueName name, String role, String columns, Function<WorkContext, String> from, String order) {
        this.name = name;
        this.role = role;
        this.columns = columns;
        this.from = from;
        this.order = order;
    }

    @Override
    public WorkQueueName name() {
        return name;
    }

    @Override
    public String role() {
        return role;
    }

    /** The named parameters of {@link #from} besides {@code :cases}. */
    protected Map<String, Object> parameters(WorkContext context) {
        return Map.of();
    }

    /** The items of a page of rows (further lookups for the whole page at once, never per row). */
    protected abstract List<WorkItem> items(WorkContext context, List<Object[]> rows);

    @Override
    public long count(WorkContext context) {
        return Rows.count(query("select count(*)" + from.apply(context), context));
    }

    @Override
    public List<WorkItem> items(WorkContext context, int offset, int limit) {
        return items(context, Rows.page(query("select " + columns + from.apply(context) + " order by " + order, context), offset, limit));
    }

    private Query query(String sql, WorkContext context) {
        Query query = Rows.query(em, sql, context);
        parameters(context).forEach(query::setParameter);
        return query;
    }
}
