package ro.audit.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import ro.audit.AuditEntryView;
import ro.rules.Breach;
import ro.rules.BrokenRules;
import ro.rules.Messages;

/**
 * The trail as CSV (RFC 4180): a header row in English and French, one row per entry, a field quoted when it holds a
 * comma, a quote or a line break, and a field that a spreadsheet would run as a formula (=, +, -, @) prefixed by an
 * apostrophe. When the export stops at its cap, a last line says so in both languages.
 */
final class AuditCsv {

    /** The most rows one export gives. */
    static final int CAP = 100_000;

    private static final List<String> COLUMNS = List.of("seq", "at", "username", "subject", "roles", "action", "resourceType",
            "resourceId", "requestId", "details");

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    /** The rows asked for: the cap when none, otherwise a whole number from 1 to the cap (422 naming {@code limit}). */
    static int limit(String asked) {
        if (asked == null || asked.isBlank()) {
            return CAP;
        }
        if (asked.strip().matches("[0-9]{1,6}")) {
            int rows = Integer.parseInt(asked.strip());
            if (rows >= 1 && rows <= CAP) {
                return rows;
            }
        }
        throw new BrokenRules("audit.filter.invalid", List.of(new Breach("limit", "Range", "audit.filter.limit", CAP)));
    }

    void header() {
        line(COLUMNS.stream().map(c -> Messages.text(Messages.ENGLISH, "audit.csv." + c) + " / "
                + Messages.text(Messages.FRENCH, "audit.csv." + c)).toList());
    }

    void row(AuditEntryView e) {
        line(List.of(String.valueOf(e.seq()), String.valueOf(e.at()), text(e.username()), text(e.subject()), text(e.roles()),
                text(e.action()), text(e.resourceType()), text(e.resourceId()), text(e.requestId()), text(e.details())));
    }

    void capped(int limit) {
        line(List.of(Messages.text(Messages.ENGLISH, "audit.csv.capped", limit) + " / "
                + Messages.text(Messages.FRENCH, "audit.csv.capped", limit)));
    }

    private void line(List<String> fields) {
        try {
            out.write(fields.stream().map(AuditCsv::field).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
