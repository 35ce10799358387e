package ro.lists;

/** How many rows a list holds, counted up to a cap: exact below it, otherwise the cap itself. */
public record Total(long value, boolean exact) {

    /** Shared wording of the page records' total, so every list documents it alike. */
    public static final String TOTAL = "How many entries the whole list holds (the same on every page, by number or by cursor), "
            + "counted up to a cap (10,000 by default): when totalIsExact is false the list holds more and this is the cap";
    public static final String IS_EXACT = "True when total is the exact count; false when the cap was reached";
    public static final String NEXT = "Opaque cursor of the next page: pass it as `after` to read the rows after this page "
            + "(no offset, the same cost at any depth); null on the last page";

    static Total of(long counted, int cap) {
        return counted > cap ? new Total(cap, false) : new Total(counted, true);
    }
}
