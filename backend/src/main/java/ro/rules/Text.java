package ro.rules;

/** What the program keeps of free text a person typed. */
public final class Text {

    private Text() {
    }

    /** Blank means nothing was said: kept as no value, and what was said is kept without surrounding spaces. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
