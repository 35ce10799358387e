package ro.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The API's words in English and French, chosen by the request's {@code Accept-Language}. */
public final class Messages {

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.CANADA;

    private Messages() {
    }

    /** The first of the caller's languages that the program speaks; English otherwise. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("fr".equals(locale.getLanguage())) {
                return FRENCH;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT);
        try {
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
