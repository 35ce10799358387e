package ro.security;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import ro.rules.Unavailable;

/**
 * The names to show for staff members' user names, asked of the {@link StaffDirectory} (which keeps its answers a
 * minute). When the directory cannot answer, the user name is shown and the directory is not asked again for a
 * while, so a read never waits on an unreachable Keycloak more than once in that while.
 */
@ApplicationScoped
public class StaffNames {

    private static final Logger LOG = Logger.getLogger(StaffNames.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);

    @Inject
    StaffDirectory directory;

    private volatile long pausedUntilNanos = System.nanoTime();

    /** The name to show for one user name (null stays null: no one). */
    public StaffName of(String username) {
        if (username == null) {
            return null;
        }
        return directoryName(username).map(name -> new StaffName(username, name)).orElseGet(() -> StaffName.unnamed(username));
    }

    /** The names of several user names, in the order given, each asked once. */
    public Map<String, StaffName> of(Collection<String> usernames) {
        Map<String, StaffName> named = new LinkedHashMap<>();
        usernames.stream().filter(u -> u != null).forEach(u -> named.computeIfAbsent(u, this::of));
        return named;
    }

    /** The names of a list of user names, in its order. */
    public java.util.List<StaffName> all(java.util.List<String> usernames) {
        Map<String, StaffName> named = of(usernames);
        return usernames.stream().map(named::get).toList();
    }

    private Optional<String> directoryName(String username) {
        if (pausedUntilNanos - System.nanoTime() > 0) {
            return Optional.empty();
        }
        try {
            return directory.realmUser(username).map(StaffNames::fullName).filter(n -> !n.isBlank());
        } catch (Unavailable e) {
            LOG.debugf("Staff names from user names until the directory answers again");
            pausedUntilNanos = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
            return Optional.empty();
        }
    }

    private static String fullName(StaffDirectory.RealmUser user) {
        return (user.firstName() + " " + user.lastName()).strip();
    }
}
