package ro.relay.service;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Files stored in clear before encryption at rest (no key id) are encrypted in place at start, with the current
 * key, one at a time: the clear copy is replaced whole by an atomic move, then the key id is recorded. A file
 * already encrypted by an earlier, interrupted start only has its key id recorded. Until then such a file is
 * never served (storage reads only what it encrypted).
 */
@ApplicationScoped
public class LegacyFiles {

    private static final Logger LOG = Logger.getLogger(LegacyFiles.class);

    @Inject
    FileStorage storage;
    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent start) {
        int done = encryptAll();
        if (done > 0) {
            LOG.infof("Encrypted at rest %d message file(s) stored in clear before", done);
        }
    }

    /** Encrypts every file without a key id; returns how many were recorded as encrypted. */
    public int encryptAll() {
        @SuppressWarnings("unchecked")
        List<Object[]> legacy = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select cast(id as varchar), storage_key, sha256 from stored_file where key_id is null").getResultList());
        int done = 0;
        for (Object[] row : legacy) {
            String id = (String) row[0];
            String key = (String) row[1];
            try {
                String keyId = storage.encryptLegacy(key);
                if (!storage.sha256(key).equals(((String) row[2]).strip())) {
                    LOG.warnf("Stored file %s, now encrypted, does not match its recorded SHA-256: it will not be served", id);
                }
                QuarkusTransaction.requiringNew().run(() -> em
                        .createNativeQuery("update stored_file set key_id = :k where id = cast(:id as uuid) and key_id is null")
                        .setParameter("k", keyId).setParameter("id", id).executeUpdate());
                done++;
            } catch (IOException e) {
                LOG.warnf("Stored file %s could not be encrypted at rest (%s); it is left as it is and not served", id, e.getMessage());
            }
        }
        return done;
    }
}
