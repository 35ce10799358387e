package ro.relay.service;

import java.util.regex.Pattern;

/** The keys this program gives stored files: a random UUID each, so nothing else in a directory or bucket is taken for one. */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StorageKeys() {
    }

    static boolean isKey(String name) {
        return KEY.matcher(name).matches();
    }
}
