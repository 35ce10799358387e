package ro.casefile.service;

import java.util.Arrays;
import java.util.Locale;

import ro.rules.Messages;

/** A timeline summary is stored as a message key and its arguments, and worded when read, in English or French. */
final class TimelineWording {

    private static final String SEPARATOR = "\u001f";

    private TimelineWording() {
    }

    static String store(String key, String... args) {
        return args.length == 0 ? key + SEPARATOR : key + SEPARATOR + String.join(SEPARATOR, args);
    }

    static String read(String stored, Locale locale) {
        if (!stored.contains(SEPARATOR)) {
            return stored;
        }
        String[] parts = stored.split(SEPARATOR, -1);
        return Messages.text(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
