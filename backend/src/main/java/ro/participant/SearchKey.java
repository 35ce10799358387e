package ro.participant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names as they are searched: without accents, case or extra spaces, so "helene" finds "Hélène". */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LIKE_SPECIALS = Pattern.compile("([\\\\%_])");

    private SearchKey() {
    }

    public static String of(String... parts) {
        String joined = String.join(" ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        String bare = MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The words of a query, each as a LIKE pattern matching the start of a word of a key preceded by a space. */
    public static List<String> wordStarts(String query) {
        return words(query, "% ");
    }

    /** The words of a query, each as a LIKE pattern matching anywhere in the key. */
    public static List<String> patterns(String query) {
        return words(query, "%");
    }

    private static List<String> words(String query, String before) {
        String key = of(query);
        if (key.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(key.split(" ")).map(w -> before + LIKE_SPECIALS.matcher(w).replaceAll("\\\\$1") + "%").toList();
    }
}
