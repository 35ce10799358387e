package ro.notifications.service;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The e-mail notices' settings (README, "E-mail notifications"). */
@ConfigMapping(prefix = "ro.notifications")
public interface NotificationsConfig {

    /** Whether this replica scans for work to notify of (every replica may: a person is claimed by one). */
    @WithDefault("true")
    boolean enabled();

    /** How often the notifier looks for waiting work. */
    @WithDefault("PT5M")
    Duration scanInterval();

    /** The local time of the daily digest, in {@link #zone()}. */
    @WithDefault("07:00")
    LocalTime digestAt();

    @WithDefault("America/Toronto")
    ZoneId zone();

    /** The portal's address; a notice links to its My work page. */
    @WithDefault("http://localhost:5173")
    String portalUrl();

    /** The sender of the notices. */
    @WithDefault("Restorative Opportunities <no-reply@ro.example.org>")
    String from();
}
