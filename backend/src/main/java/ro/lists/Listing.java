package ro.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads one page of a list: by cursor (keyset, no offset) or by page number (offset), one row more than the
 * page to know whether another follows, and the list's total counted up to the configured cap, never in full.
 */
@ApplicationScoped
public class Listing {

    /** The rows of one page, the list's capped total and the cursor of the next page. */
    public record Slice<T>(List<T> items, Total total, String next) {

        /** Nothing to list. */
        public static <T> Slice<T> none() {
            return new Slice<>(List.of(), new Total(0, true), null);
        }

        /** Where this slice stands, for its page record. */
        public Paging paging(int page, int size) {
            return new Paging(total.value(), total.exact(), page, size, next);
        }
    }

    /**
     * What to read: {@code select} the rows (e.g. {@code select c}), {@code from} an HQL "from Entity e where ..."
     * (it must have a where clause) with its named parameters, {@code counted} a non-null column to count.
     */
    public record Source(String select, String from, Map<String, Object> parameters, String counted) {
    }

    @Inject
    EntityManager em;

    @Inject
    ListSettings settings;

    /** One page of the source in the keyset's order, after the cursor when given, otherwise at the page number. */
    public <T> Slice<T> page(Class<T> type, Source source, Keyset keyset, Function<T, Object[]> keyOf, int page, int size,
            String after) {
        Keyset.Window<T> window = window(type, source, keyset, keyOf, page, size, after);
        return new Slice<>(window.items(), count(source, keyset), window.next());
    }

    /**
     * The same page with a total the caller already knows (counted by a query it runs anyway, e.g. counts per state
     * that add up to the list's), so the list is not counted twice; the total is capped as {@link #count} caps it.
     */
    public <T> Slice<T> page(Class<T> type, Source source, Keyset keyset, Function<T, Object[]> keyOf, int page, int size,
            String after, long knownTotal) {
        Keyset.Window<T> window = window(type, source, keyset, keyOf, page, size, after);
        return new Slice<>(window.items(), Total.of(knownTotal, settings.countCap()), window.next());
    }

    private <T> Keyset.Window<T> window(Class<T> type, Source source, Keyset keyset, Function<T, Object[]> keyOf, int page,
            int size, String after) {
        Map<String, Object> parameters = new HashMap<>(source.parameters());
        String where = source.from();
        if (after != null) {
            parameters.putAll(keyset.position(after));
            where += " and " + keyset.condition();
        }
        var query = em.createQuery(source.select() + " " + where + " order by " + keyset.orderBy(), type).setMaxResults(size + 1);
        parameters.forEach(query::setParameter);
        if (after == null) {
            query.setFirstResult(page * size);
        }
        return keyset.window(query.getResultList(), size, keyOf);
    }

    /**
     * The rows of the source, counted up to the cap: the first cap + 1 rows in the list's own order (HQL wants an order
     * beside a limit), so the index that serves the list serves its count and the scan stops at the cap.
     */
    public Total count(Source source, Keyset keyset) {
        int cap = settings.countCap();
        var query = em.createQuery("select count(*) from (select " + source.counted() + " as key " + source.from() + " order by "
                + keyset.orderBy() + " limit " + (cap + 1) + ") counted", Long.class);
        source.parameters().forEach(query::setParameter);
        return Total.of(query.getSingleResult(), cap);
    }
}
