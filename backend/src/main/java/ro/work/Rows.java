package ro.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The queues' native SQL, read the same way everywhere: a count, a page of rows bounded by offset and
 * limit, and the columns of a row as the Java types the items carry (whatever the JDBC driver hands back
 * for a timestamp or a date).
 */
public final class Rows {

    private Rows() {
    }

    /** A query of the queue, with the cases it is bound to when it is a mediator's. */
    public static Query query(EntityManager em, String sql, WorkContext context) {
        Query query = em.createNativeQuery(sql);
        if (context.bounded()) {
            query.setParameter("cases", context.caseIds());
        }
        return query;
    }

    public static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> page(Query query, int offset, int limit) {
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** "and {column} in (:cases)" for a mediator's queue, nothing for a coordinator's. */
    public static String inCases(WorkContext context, String column) {
        return context.bounded() ? " and " + column + " in (:cases)" : "";
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass());
    }
}
