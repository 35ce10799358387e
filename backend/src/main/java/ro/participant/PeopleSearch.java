package ro.participant;

import java.util.Map;

/**
 * A search for people (every word of it starts a word of their first name, last name or offender number, accents
 * and case aside) as a condition that another feature's query places on one of its participant id columns. The
 * participant feature writes the subquery, the other feature only places it, so the search finds every person it
 * matches, however many (a list of ids handed over would need a cap: a common name at national scale passes it).
 */
public record PeopleSearch(String subquery, Map<String, Object> parameters) {

    /** A search that can find nobody (no word in it). */
    static final PeopleSearch NOBODY = new PeopleSearch(null, Map.of());

    public boolean findsNobody() {
        return subquery == null;
    }

    /** HQL: the id column is one of the people found (a condition no row meets when the search finds nobody). */
    public String holdsFor(String idColumn) {
        return findsNobody() ? "1 = 0" : idColumn + " in (" + subquery + ")";
    }
}
