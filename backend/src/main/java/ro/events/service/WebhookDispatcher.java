package ro.events.service;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs this replica's {@link Dispatcher} every {@code ro.webhooks.dispatcher.poll-interval} (rounds follow one another
 * at once while a round finds a full batch), unless {@code ro.webhooks.dispatcher.enabled=false}. Every replica may run
 * one: they share the work through the database's row locks.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Rounds per tick at most, so a tick never holds the thread for long. */
    private static final int MAX_ROUNDS = 20;

    @Inject
    DeliveryStore store;
    @Inject
    WebhookSettings settings;
    @Inject
    Clock clock;

    private ScheduledExecutorService executor;
    private Dispatcher dispatcher;

    void start(@Observes StartupEvent started) {
        if (!settings.dispatcher().enabled()) {
            LOG.info("Webhook dispatcher disabled on this replica (ro.webhooks.dispatcher.enabled=false)");
            return;
        }
        dispatcher = newDispatcher();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.dispatcher().pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** A dispatcher with this configuration, as another replica would have (the tests drive them step by step). */
    public Dispatcher newDispatcher() {
        return new Dispatcher(store, settings, clock);
    }

    private void tick() {
        try {
            for (int i = 0; i < MAX_ROUNDS && dispatcher.round() >= settings.dispatcher().batchSize(); i++) {
                // a full batch: more may be due
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch round failed; claimed deliveries are due again when their lease ends: %s", e.toString());
        }
    }
}
