package ro.privacy.service;

import io.smallrye.config.ConfigMapping;

/**
 * The keys message files are encrypted with at rest. No default: without them the API does not start (dev and
 * test carry a public demo key).
 */
@ConfigMapping(prefix = "ro.files")
public interface FileSettings {

    /**
     * Every key a stored file may need, by id: "id:base64-key,id:base64-key" (RO_FILES_KEYS); an id is 1 to 32
     * lower-case letters and digits, a key 256 bits.
     */
    String keys();

    /** The id of the key new files are encrypted with (RO_FILES_CURRENT_KEY). */
    String currentKey();
}
