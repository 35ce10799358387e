package ro.privacy.service;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys message files are encrypted with, by key id, and the id new files use. A file keeps the id of
 * its key, so old files stay readable with their key while new ones use the current one (rotation).
 * Plain Java: built from the settings (ro.files.keys, ro.files.current-key), refusing anything unusable.
 */
public final class FileKeyRing {

    /** Key ids: lower-case letters and digits, short enough for a stored file's header and its column. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,32}");

    /** A file names a key id this program is not given: it cannot be read (never served in clear). */
    public static final class MissingKey extends java.io.IOException {
        private final String keyId;

        public MissingKey(String keyId) {
            super("no key " + keyId + " in ro.files.keys");
            this.keyId = keyId;
        }

        public String keyId() {
            return keyId;
        }
    }

    private final Map<String, SecretKey> keys;
    private final String currentId;

    private FileKeyRing(Map<String, SecretKey> keys, String currentId) {
        this.keys = keys;
        this.currentId = currentId;
    }

    /** The ring from "id:base64-key,id:base64-key" (the setting ro.files.keys) and the current id. */
    public static FileKeyRing parse(String keyList, String currentId) {
        Map<String, String> keys = new TreeMap<>();
        for (String entry : keyList.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("ro.files.keys: an entry is not id:base64-key");
            }
            String id = entry.substring(0, colon).strip();
            if (keys.put(id, entry.substring(colon + 1)) != null) {
                throw new IllegalArgumentException("ro.files.keys: the key id '" + id + "' is given twice");
            }
        }
        return of(keys, currentId);
    }

    /**
     * The ring from key ids to base64 256-bit keys; refuses (naming the setting, never a key) an id that is not
     * [a-z0-9]{1,32}, a key that is not 32 bytes of base64, or a current id without its key.
     */
    public static FileKeyRing of(Map<String, String> base64Keys, String currentId) {
        Map<String, SecretKey> keys = new TreeMap<>();
        base64Keys.forEach((id, value) -> {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("ro.files.keys: the key id '" + id + "' is not 1 to 32 lower-case letters and digits");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ro.files.keys." + id + " is not base64");
            }
            if (raw.length != 32) {
                throw new IllegalArgumentException("ro.files.keys." + id + " is " + raw.length + " bytes, not 32 (AES-256)");
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        if (currentId == null || !keys.containsKey(currentId)) {
            throw new IllegalArgumentException("ro.files.current-key names '" + currentId + "', which is not one of ro.files.keys " + keys.keySet());
        }
        return new FileKeyRing(Map.copyOf(keys), currentId);
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    public boolean has(String keyId) {
        return keys.containsKey(keyId);
    }

    SecretKey key(String keyId) throws MissingKey {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new MissingKey(keyId);
        }
        return key;
    }
}
