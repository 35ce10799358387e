package ro.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What one audit entry says, built instead of written by hand: the action, the record, the records it
 * belongs to (by id) and, for a change, the NAMES of the fields it changed, never their values.
 * <p>
 * Its details are stable and parseable: {@code key=value} pairs joined by commas, in the order given,
 * then {@code fields=} with the field names joined by commas, last (so the rest of the text is the
 * names). For example {@code case=6f1c…,fields=riskLevel,safetyMeasures}. A pair's value is a
 * reference or a code of the program (an id, a type, a state, a count), never what a person wrote or
 * who a person is.
 */
public final class AuditRecord {

    private final String action;
    private final String recordType;
    private final Object recordId;
    private final List<String> references = new ArrayList<>();
    private final Set<String> fields = new LinkedHashSet<>();

    private AuditRecord(String action, String recordType, Object recordId) {
        this.action = Objects.requireNonNull(action);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = recordId;
    }

    /** A change of one record (created, updated, finalised...); name its fields with {@link #fields}. */
    public static AuditRecord change(String action, String recordType, Object recordId) {
        return new AuditRecord(action, recordType, recordId);
    }

    /** A read of one record, or of a list of them (recordId null). */
    public static AuditRecord read(String action, String recordType, Object recordId) {
        return new AuditRecord(action, recordType, recordId);
    }

    /** A record this one belongs to or refers to, or a code of the program; left out when null. */
    public AuditRecord with(String key, Object reference) {
        if (reference != null) {
            references.add(key + "=" + reference);
        }
        return this;
    }

    /** The records a read showed, by id, as one pair ({@code ids=a,b}); {@code ids=} when it showed none. */
    public AuditRecord withIds(Collection<?> ids) {
        StringJoiner joined = new StringJoiner(",");
        ids.forEach(id -> joined.add(String.valueOf(id)));
        return with("ids", joined.toString());
    }

    /** The names of the fields the change set, in order; never their values. */
    public AuditRecord fields(String... names) {
        return fields(List.of(names));
    }

    public AuditRecord fields(Collection<String> names) {
        fields.addAll(names);
        return this;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public Object recordId() {
        return recordId;
    }

    /** The details column: the references, then the changed fields' names; null when there is neither. */
    public String details() {
        StringJoiner details = new StringJoiner(",");
        references.forEach(details::add);
        if (!fields.isEmpty()) {
            details.add("fields=" + String.join(",", fields));
        }
        return details.length() == 0 ? null : details.toString();
    }

    /** The names of the components of two values of one record type that differ, in declaration order. */
    public static List<String> changedFields(Record before, Record after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("not the same record type: " + before.getClass() + ", " + after.getClass());
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (!Objects.equals(value(component, before), value(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    /** The names of a record's components that hold something: not null, not false. */
    public static List<String> filledFields(Record value) {
        List<String> filled = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object v = value(component, value);
            if (v != null && !Boolean.FALSE.equals(v)) {
                filled.add(component.getName());
            }
        }
        return filled;
    }

    private static Object value(RecordComponent component, Record of) {
        try {
            return component.getAccessor().invoke(of);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
