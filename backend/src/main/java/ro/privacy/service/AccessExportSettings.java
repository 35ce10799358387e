package ro.privacy.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much an access request export gives at most of what can grow without bound; a cut list says so. */
@ConfigMapping(prefix = "ro.privacy.export")
public interface AccessExportSettings {

    /** Messages authored, and messages received, each: the newest this many (each up to 20,000 characters). */
    @WithDefault("200")
    int maxMessages();

    /** Audit entries about the person's record: the newest this many. */
    @WithDefault("1000")
    int maxAuditEntries();
}
