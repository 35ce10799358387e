package ro.participant;

import java.util.Map;

/**
 * A search for people (every word of it starts a word of their first name, last name or offender number, accents
 * and case aside) as a condition that another feature's query places on one of its participant id columns. The
 * participant feature writes the condition, the other feature only places it, and the search finds every person it
 * matches however many: the ids themselves when they are few (the fastest plan), a subquery past
 * {@link #LISTED_AT_MOST} (a common name at national scale passes it).
 */
public record PeopleSearch(String condition, Map<String, Object> parameters) {

    /** Up to this many people found, the condition names them by id. */
    public static final int LISTED_AT_MOST = 1000;

    /** A search that can find nobody (no word in it, or no such person). */
    static final PeopleSearch NOBODY = new PeopleSearch(null, Map.of());

    public boolean findsNobody() {
        return condition == null;
    }

    /** HQL: the id column is one of the people found (a condition no row meets when the search finds nobody). */
    public String holdsFor(String idColumn) {
        return findsNobody() ? "1 = 0" : idColumn + " in " + condition;
    }
}
