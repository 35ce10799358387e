package ro.events.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the events the program publishes (its outbox, read by the feed and the webhooks). */
@ConfigMapping(prefix = "ro.events")
public interface EventSettings {

    /** The CloudEvents {@code source} of every event: a URI-reference naming this program (e.g. a URN). */
    @WithDefault("/ro")
    String source();
}
