package ro.relay.service;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.model.CaseSituation;
import ro.casefile.model.Way;
import ro.casefile.service.CaseService;
import ro.casefile.service.CaseSituations;
import ro.relay.model.Message;
import ro.relay.model.MessageKind;
import ro.relay.model.MessageState;

/**
 * Voluntariness, respected at once: a participant who withdraws from the program, or withdraws consent
 * to a way, has their pending messages (of that way's kind) held in the same transaction; they are
 * released when the participant rejoins or consents again, unless the other party is out or has said no.
 */
@ApplicationScoped
public class RelayHolds {

    private static final List<MessageState> PENDING = List.of(MessageState.DRAFT, MessageState.IN_REVIEW, MessageState.APPROVED);

    @Inject
    EntityManager em;
    @Inject
    CaseSituations cases;
    @Inject
    AuditTrail audit;

    void holdOnWithdrawal(@Observes CaseService.ParticipantWithdrew withdrew) {
        hold(withdrew.caseId(), withdrew.participantId(), null, withdrew.at());
    }

    void releaseOnRejoin(@Observes CaseService.ParticipantRejoined rejoined) {
        release(rejoined.caseId(), rejoined.participantId(), null, rejoined.at());
    }

    void followConsent(@Observes CaseService.ConsentChanged consent) {
        if (consent.given()) {
            release(consent.caseId(), consent.participantId(), consent.way(), consent.at());
        } else if (kindOf(consent.way()) != null) {
            // face to face has no message kind: its meetings are the case's business
            hold(consent.caseId(), consent.participantId(), kindOf(consent.way()), consent.at());
        }
    }

    private static final String PENDING_OF_PARTICIPANT = "from Message m where m.caseId = :c and (m.authorId = :p or m.recipientId = :p)"
            + " and m.state in :pending and m.held = false";

    private static MessageKind kindOf(Way way) {
        for (MessageKind kind : MessageKind.values()) {
            if (kind.way() == way) {
                return kind;
            }
        }
        return null;
    }

    /** Holds the participant's pending messages: all of them, or those of one kind. */
    private void hold(UUID caseId, UUID participantId, MessageKind kind, java.time.Instant at) {
        String query = kind == null ? PENDING_OF_PARTICIPANT : PENDING_OF_PARTICIPANT + " and m.kind = :kind";
        var found = em.createQuery(query, Message.class).setParameter("c", caseId).setParameter("p", participantId)
                .setParameter("pending", PENDING).setLockMode(LockModeType.PESSIMISTIC_WRITE);
        if (kind != null) {
            found.setParameter("kind", kind);
        }
        List<Message> pending = found.getResultList();
        pending.forEach(m -> m.hold(at));
        if (!pending.isEmpty()) {
            audit.record(AuditRecord.change("HOLD", RelayService.AUDIT_TYPE, null).with("case", caseId)
                    .with("ids", pending.stream().map(m -> m.id.toString()).collect(Collectors.joining(","))).fields("held"));
        }
    }

    /** Releases the participant's held messages (of one way's kind, or all) whose two parties both take part and consent. */
    private void release(UUID caseId, UUID participantId, Way way, java.time.Instant at) {
        CaseSituation situation = cases.situationForChange(caseId);
        List<Message> held = em.createQuery("from Message m where m.caseId = :c and m.held = true and (m.authorId = :p or m.recipientId = :p)",
                Message.class).setParameter("c", caseId).setParameter("p", participantId).getResultList();
        List<Message> released = held.stream().filter(m -> way == null || m.kind.way() == way)
                .filter(m -> free(situation, m.authorId, m.kind.way()) && free(situation, m.recipientId, m.kind.way())).toList();
        released.forEach(m -> m.release(at));
        if (!released.isEmpty()) {
            audit.record(AuditRecord.change("RELEASE", RelayService.AUDIT_TYPE, null).with("case", caseId)
                    .with("ids", released.stream().map(m -> m.id.toString()).collect(Collectors.joining(","))).fields("held"));
        }
    }

    /** Whether a party takes part and has not said no to the way (the author need not have been asked). */
    private static boolean free(CaseSituation situation, UUID participantId, Way way) {
        return situation.member(participantId).map(m -> m.active() && !m.declined().contains(way)).orElse(false);
    }
}
