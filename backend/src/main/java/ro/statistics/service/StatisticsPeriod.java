package ro.statistics.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import ro.rules.Breach;
import ro.rules.BrokenRules;

/** A statistics period: whole months, from the first day of one to the last day of another, at most five years (UTC days). */
record StatisticsPeriod(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 5;

    /** The period asked for, or 422 naming each parameter at fault and its rule. */
    static StatisticsPeriod of(LocalDate from, LocalDate to) {
        List<Breach> breaches = new ArrayList<>();
        if (from.getDayOfMonth() != 1) {
            breaches.add(new Breach("from", "FirstDayOfMonth", "statistics.from.first-day"));
        }
        if (to.getDayOfMonth() != to.lengthOfMonth()) {
            breaches.add(new Breach("to", "LastDayOfMonth", "statistics.to.last-day"));
        } else if (to.isBefore(from)) {
            breaches.add(new Breach("to", "NotBeforeFrom", "statistics.to.before-from"));
        } else if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            breaches.add(new Breach("to", "AtMostFiveYears", "statistics.to.too-long"));
        }
        if (!breaches.isEmpty()) {
            throw new BrokenRules("statistics.query.invalid", breaches);
        }
        return new StatisticsPeriod(from, to);
    }

    Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
