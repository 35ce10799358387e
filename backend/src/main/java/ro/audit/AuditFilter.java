package ro.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.security.Roles;

/**
 * What the auditor asks of the trail: who (a user name, or a token subject when it is a UUID), which role, which action,
 * which record (type, id), which period and which request. Every filter is optional and they combine (and). Each one is
 * served by an index walked newest first (V13): by user name, subject, action, record type, record, request, and a
 * partial index per role; a period becomes a range of entry numbers (numbers and times grow together).
 *
 * @param from the first instant of the period (inclusive), or null
 * @param until the end of the period (exclusive: the day after a date, the next microsecond after an instant, the trail's precision), or null
 */
public record AuditFilter(String actor, String role, String action, String resourceType, String resourceId, Instant from,
        Instant until, String requestId) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    /** No filter: the whole trail. */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null);

    /**
     * The filters as sent (blank means absent), each checked: a broken one is refused (422) naming its parameter. A
     * period bound is a date (a whole UTC day) or an instant; {@code to} is inclusive.
     */
    public static AuditFilter of(String actor, String role, String action, String resourceType, String resourceId, String from,
            String to, String requestId) {
        List<Breach> breaches = new ArrayList<>();
        actor = text("actor", actor, breaches);
        role = blank(role) ? null : role.strip();
        if (role != null && !Roles.ALL.contains(role)) {
            breaches.add(new Breach("role", "OneOf", "audit.filter.role", String.join(", ", Roles.ALL)));
        }
        action = code("action", action, breaches);
        resourceType = code("resourceType", resourceType, breaches);
        resourceId = text("resourceId", resourceId, breaches);
        requestId = text("requestId", requestId, breaches);
        Instant start = instant("from", from, false, breaches);
        Instant until = instant("to", to, true, breaches);
        if (start != null && until != null && !start.isBefore(until)) {
            breaches.add(new Breach("to", "AfterFrom", "audit.filter.period"));
        }
        if (!breaches.isEmpty()) {
            throw new BrokenRules("audit.filter.invalid", breaches);
        }
        return new AuditFilter(actor, role, action, resourceType, resourceId, start, until, requestId);
    }

    /** The names of the filters given, in the order of the parameters (what an export's audit entry records). */
    public List<String> names() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("actor", actor);
        given.put("role", role);
        given.put("action", action);
        given.put("resourceType", resourceType);
        given.put("resourceId", resourceId);
        given.put("from", from);
        given.put("to", until);
        given.put("requestId", requestId);
        return given.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    /** True when the actor is a token subject (a UUID) rather than a user name. */
    boolean actorIsSubject() {
        if (actor == null) {
            return false;
        }
        try {
            return UUID.fromString(actor).toString().equalsIgnoreCase(actor);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The HQL conditions over the entry {@code a} (each starting with " and "), their parameters put in {@code params}.
     * A role is a literal of the fixed set, so the planner matches the query to that role's partial index; no role name
     * is part of another's, so a substring match is exact.
     */
    String conditions(Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        condition(where, params, actorIsSubject() ? "a.subject" : "a.username", "actor", actor);
        if (role != null) {
            where.append(" and a.roles like '%").append(role).append("%'");
        }
        condition(where, params, "a.action", "action", action);
        condition(where, params, "a.resourceType", "type", resourceType);
        condition(where, params, "a.resourceId", "id", resourceId);
        condition(where, params, "a.requestId", "request", requestId);
        if (from != null) {
            where.append(" and a.at >= :from");
            params.put("from", from);
        }
        if (until != null) {
            where.append(" and a.at < :until");
            params.put("until", until);
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String path, String name, String value) {
        if (value != null) {
            where.append(" and ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String name, String value, List<Breach> breaches) {
        if (blank(value)) {
            return null;
        }
        if (!TEXT.matcher(value.strip()).matches()) {
            breaches.add(new Breach(name, "Text", "audit.filter.text", 100));
        }
        return value.strip();
    }

    private static String code(String name, String value, List<Breach> breaches) {
        if (blank(value)) {
            return null;
        }
        if (!CODE.matcher(value.strip()).matches()) {
            breaches.add(new Breach(name, "Code", "audit.filter.code"));
        }
        return value.strip();
    }

    /** A date (its whole day in UTC) or an instant; the end of a period is the instant after it. */
    private static Instant instant(String name, String value, boolean end, List<Breach> breaches) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant at = AuditChain.Content.truncate(Instant.parse(text));
            return end ? at.plus(1, ChronoUnit.MICROS) : at;
        } catch (DateTimeParseException e) {
            breaches.add(new Breach(name, "DateOrInstant", "audit.filter.instant"));
            return null;
        }
    }
}
