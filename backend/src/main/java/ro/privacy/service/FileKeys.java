package ro.privacy.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/** The key ring from the settings, checked at start: a key ring that cannot encrypt stops the API from starting. */
@Startup
@ApplicationScoped
public class FileKeys {

    @Inject
    FileSettings settings;

    private FileKeyRing ring;

    @PostConstruct
    void load() {
        ring = FileKeyRing.parse(settings.keys(), settings.currentKey());
    }

    public FileKeyRing ring() {
        return ring;
    }
}
