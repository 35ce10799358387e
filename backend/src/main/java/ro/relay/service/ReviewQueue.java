package ro.relay.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.Side;
import ro.casefile.service.CaseSituations;
import ro.participant.ParticipantKind;
import ro.participant.ParticipantLookup;
import ro.participant.ParticipantLookup.Named;
import ro.relay.model.Message;
import ro.relay.model.MessageState;
import ro.security.CaseScope;
import ro.security.Caller;

/**
 * The messages waiting for screening in the caller's cases, oldest first, with their author's and recipient's names
 * and sides: the caller (a coordinator, or a mediator of the case) may see the names of the case's participants.
 */
@ApplicationScoped
public class ReviewQueue {

    @Inject
    EntityManager em;
    @Inject
    CaseSituations cases;
    @Inject
    ParticipantLookup people;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<ReviewItem> page(int page, int size) {
        CaseScope scope = caller.caseScope();
        List<UUID> reached = scope.reachesAll() ? null : cases.caseIdsReachedBy(scope);
        List<Message> found = List.of();
        if (reached == null || !reached.isEmpty()) {
            var query = em.createQuery("from Message m where m.state = :s" + (reached == null ? "" : " and m.caseId in :cases")
                    + " order by m.submittedAt, m.id", Message.class).setParameter("s", MessageState.IN_REVIEW);
            if (reached != null) {
                query.setParameter("cases", reached);
            }
            found = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        }
        Map<UUID, Named> named = people.findAll(found.stream().flatMap(m -> Stream.of(m.authorId, m.recipientId))
                .collect(Collectors.toSet()));
        List<ReviewItem> items = found.stream().map(m -> item(m, named.get(m.authorId), named.get(m.recipientId))).toList();
        audit.record(AuditRecord.read("LIST", RelayService.AUDIT_TYPE, null).with("queue", "review")
                .withIds(items.stream().map(ReviewItem::messageId).toList()));
        return items;
    }

    private static ReviewItem item(Message m, Named author, Named recipient) {
        Side authorSide = sideOf(author, recipient);
        Side recipientSide = sideOf(recipient, author);
        return new ReviewItem(m.id, m.caseId, m.kind, m.submittedAt, new ReviewItem.Person(m.authorId, nameOf(author), kindOf(author), authorSide),
                new ReviewItem.Person(m.recipientId, nameOf(recipient), kindOf(recipient), recipientSide));
    }

    /** A participant's side: the offender's or the harmed people's; a support person's is the other side of whom the message goes between. */
    static Side sideOf(Named who, Named other) {
        if (who == null) {
            return null;
        }
        if (who.kind() != ParticipantKind.SUPPORT_PERSON) {
            return who.kind() == ParticipantKind.OFFENDER ? Side.OFFENDER : Side.HARMED;
        }
        if (other == null || other.kind() == ParticipantKind.SUPPORT_PERSON) {
            return null;
        }
        return other.kind() == ParticipantKind.OFFENDER ? Side.HARMED : Side.OFFENDER;
    }

    private static String nameOf(Named who) {
        return who == null ? null : who.firstName() + " " + who.lastName();
    }

    private static ParticipantKind kindOf(Named who) {
        return who == null ? null : who.kind();
    }
}
