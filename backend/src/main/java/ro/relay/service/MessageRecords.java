package ro.relay.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.relay.model.Message;

/** What other features may ask of messages: whether one exists, nothing of what it holds. */
@ApplicationScoped
public class MessageRecords {

    @Inject
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public boolean messageExists(UUID id) {
        return em.find(Message.class, id) != null;
    }
}
