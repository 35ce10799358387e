package ro.web;

/** The {@code q} parameter of a list searched by a person's name or offender number. */
public final class SearchText {

    public static final String DESCRIPTION = "Only those of a person whose first or last name starts with each word (accents and case aside), "
            + "or whose offender number starts so; the search text is not recorded";

    private SearchText() {
    }
}
