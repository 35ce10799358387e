package ro.casefile.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ro.casefile.model.Mediator;

/**
 * Demo data for `make run` and the tests (RO_DEMO_DATA=true): the demo realm's mediators on the
 * roster. A deployment leaves it off and its admin keeps the roster.
 */
@ApplicationScoped
public class DemoRoster {

    @ConfigProperty(name = "ro.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    EntityManager em;

    @Inject
    ro.reference.service.ReferenceData reference;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (!demoData) {
            return;
        }
        add("mediator1", "Mediator One", "EN,FR", "Ontario");
        add("mediator2", "Mediator Two", "EN", "Quebec");
    }

    private void add(String username, String name, String languages, String region) {
        if (em.find(Mediator.class, username) != null) {
            return;
        }
        Mediator m = new Mediator();
        m.username = username;
        m.displayName = name;
        m.languages = languages;
        m.region = region;
        m.regionId = reference.activeRegionNamed(region).map(ro.reference.service.ReferenceData.RegionRef::id).orElse(null);
        m.active = true;
        m.createdAt = Instant.now();
        m.updatedAt = m.createdAt;
        em.persist(m);
    }
}
