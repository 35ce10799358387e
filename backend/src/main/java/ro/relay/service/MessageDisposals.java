package ro.relay.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

/**
 * The disposal of a case's messages, as the privacy lifecycle asks it of the relay: every text, comment and
 * reason goes, the files go from the database and, once the disposal has committed, from storage; each
 * message row stays, naming nobody, with its kind, states and dates for the statistics.
 */
@ApplicationScoped
public class MessageDisposals {

    private static final Logger LOG = Logger.getLogger(MessageDisposals.class);

    /** What disposing of a case's messages removed: the people they named, and how many files. */
    public record Disposed(Set<UUID> people, int files) {
    }

    @Inject
    EntityManager em;
    @Inject
    FileStorage storage;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(TxType.MANDATORY)
    public Disposed disposeOfCase(UUID caseId) {
        Set<UUID> people = new HashSet<>();
        List<?> parties = em.createNativeQuery("SELECT author_id, recipient_id FROM message WHERE case_id = :c")
                .setParameter("c", caseId).getResultList();
        parties.stream().map(Object[].class::cast).forEach(r -> {
            for (Object id : r) {
                if (id != null) {
                    people.add((UUID) id);
                }
            }
        });
        List<String> keys = em.createNativeQuery("SELECT storage_key FROM stored_file WHERE case_id = :c")
                .setParameter("c", caseId).getResultList().stream().map(String.class::cast).toList();
        em.createNativeQuery("UPDATE message SET author_id = NULL, recipient_id = NULL, original_text = NULL, redacted_text = NULL,"
                + " original_file_id = NULL, redacted_file_id = NULL, return_comments = NULL, withhold_reason = NULL,"
                + " version = version + 1 WHERE case_id = :c").setParameter("c", caseId).executeUpdate();
        em.createNativeQuery("DELETE FROM stored_file WHERE case_id = :c").setParameter("c", caseId).executeUpdate();
        em.flush();
        em.clear();
        deleteOnceCommitted(keys);
        return new Disposed(people, keys.size());
    }

    /** Whether any message still names the person as its author or recipient. */
    @Transactional(TxType.MANDATORY)
    public boolean refersTo(UUID participantId) {
        return !em.createNativeQuery("SELECT 1 FROM message WHERE author_id = :p OR recipient_id = :p LIMIT 1")
                .setParameter("p", participantId).getResultList().isEmpty();
    }

    /** Storage forgets the files only when the database has: a disposal rolled back keeps every file it named. */
    private void deleteOnceCommitted(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before: the rows go first
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                for (String key : keys) {
                    try {
                        storage.delete(key);
                    } catch (RuntimeException e) {
                        LOG.errorf("A disposed file could not be removed from storage, key %s: %s", key, e.getMessage());
                    }
                }
            }
        });
    }
}
