package ro.relay.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ro.participant.ParticipantLookup;
import ro.relay.model.ContactScreen;

/**
 * What a message to one side is screened against: the recorded contact details of every participant of the case
 * not on the recipient's side (harmed persons and support persons carry them; offenders normally none).
 */
@ApplicationScoped
class AuthorSideContacts {

    @Inject
    EntityManager em;
    @Inject
    ParticipantLookup participants;

    @Transactional(Transactional.TxType.MANDATORY)
    ContactScreen screenFor(UUID caseId, UUID recipientId) {
        List<UUID> authorSide = em.createQuery("""
                select p.key.participantId from CaseParticipant p where p.key.caseId = :c and p.side <> (
                    select r.side from CaseParticipant r where r.key.caseId = :c and r.key.participantId = :r)""", UUID.class)
                .setParameter("c", caseId).setParameter("r", recipientId).getResultList();
        return new ContactScreen(participants.contactsOf(authorSide).stream()
                .map(c -> new ContactScreen.ContactPoint(c.phone(), c.email(), c.postalAddress())).toList());
    }
}
