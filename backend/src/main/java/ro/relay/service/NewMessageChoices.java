package ro.relay.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ro.casefile.model.CaseSituation;
import ro.casefile.service.CaseSituations;
import ro.relay.model.MessageKind;
import ro.relay.model.RecordingPolicy;
import ro.rules.AllowedActions;
import ro.rules.Wording;

/**
 * What a new message of a case may be, asked of the policies that refuse recording and delivering it: for
 * each pair of an author and a recipient on the other side (support persons never write nor receive), the
 * kinds that can be recorded and reach the recipient, and the reasons given for the others. Only ids: the
 * names are the case read's.
 */
@ApplicationScoped
public class NewMessageChoices {

    @Inject
    CaseSituations cases;
    @Inject
    Wording wording;

    @Transactional
    public NewMessageOptions of(UUID caseId) {
        CaseSituation situation = cases.situation(caseId);
        List<UUID> messaging = situation.participantIds().stream().filter(id -> !situation.isSupportPerson(id)).toList();
        return new NewMessageOptions(messaging.stream()
                .flatMap(author -> situation.otherSideOf(author).stream().filter(messaging::contains)
                        .map(recipient -> pair(situation, author, recipient)))
                .toList());
    }

    private NewMessageOptions.Pair pair(CaseSituation situation, UUID author, UUID recipient) {
        return new NewMessageOptions.Pair(author, recipient,
                AllowedActions.of(MessageKind.class, k -> true, k -> RecordingPolicy.mayOffer(situation, author, recipient, k)),
                AllowedActions.refused(MessageKind.class, k -> true, k -> RecordingPolicy.mayOffer(situation, author, recipient, k), wording));
    }
}
