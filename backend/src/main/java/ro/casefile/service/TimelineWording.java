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

    /** The wording of a stored summary without its "timeline." prefix (e.g. CONSENT_HOW), empty when it was stored as plain text. */
    static java.util.Optional<String> wording(String stored) {
        if (!stored.contains(SEPARATOR)) {
            return java.util.Optional.empty();
        }
        String key = stored.substring(0, stored.indexOf(SEPARATOR));
        return java.util.Optional.of(key.startsWith("timeline.") ? key.substring("timeline.".length()) : key);
    }

    /** The arguments of a stored summary (none when it was stored as plain text). */
    static String[] arguments(String stored) {
        if (!stored.contains(SEPARATOR)) {
            return new String[0];
        }
        String[] parts = stored.split(SEPARATOR, -1);
        String[] args = Arrays.copyOfRange(parts, 1, parts.length);
        return args.length == 1 && args[0].isEmpty() ? new String[0] : args;
    }

    static String read(String stored, Locale locale) {
        if (!stored.contains(SEPARATOR)) {
            return stored;
        }
        String[] parts = stored.split(SEPARATOR, -1);
        return Messages.text(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
