package ro.notifications.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Scans every {@code ro.notifications.scan-interval} (when {@code ro.notifications.enabled}) for the work
 * waiting for each person who chose e-mail notices, one person at a time ({@link NoticeRound}). Every
 * replica may scan: a person is claimed by one at a time. A failed send is logged, without the address,
 * and tried again at the next scan.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    @Inject
    NotificationsConfig config;

    @Inject
    NoticeRound round;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notifier");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.scanInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void tick() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warnf("Notification scan failed; the next scan starts again: %s", e.getClass().getName());
        }
    }

    /** One scan of everyone who chose e-mail notices: how many mails were sent. */
    public int scan() {
        int sent = 0;
        for (String subject : round.subscribers()) {
            try {
                sent += round.take(subject) ? 1 : 0;
            } catch (RuntimeException e) {
                // never the message: a relay's refusal may quote the address
                LOG.warnf("A notice (person %s) could not be sent; tried again at the next scan: %s", subject, e.getClass().getName());
            }
        }
        return sent;
    }
}
