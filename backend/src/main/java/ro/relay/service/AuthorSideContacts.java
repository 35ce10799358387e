package ro.relay.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.casefile.service.CaseSituations;
import ro.participant.ParticipantLookup;
import ro.relay.model.ContactScreen;

/**
 * What a message to one side is screened against: the recorded contact details of every participant of the case
 * not on the recipient's side (harmed persons and support persons carry them; offenders normally none).
 */
@ApplicationScoped
class AuthorSideContacts {

    @Inject
    CaseSituations cases;
    @Inject
    ParticipantLookup participants;

    @Transactional(Transactional.TxType.MANDATORY)
    ContactScreen screenFor(UUID caseId, UUID recipientId) {
        List<UUID> authorSide = cases.situationForChange(caseId).otherSideOf(recipientId);
        return new ContactScreen(participants.contactsOf(authorSide).stream()
                .map(c -> new ContactScreen.ContactPoint(c.phone(), c.email(), c.postalAddress())).toList());
    }
}
