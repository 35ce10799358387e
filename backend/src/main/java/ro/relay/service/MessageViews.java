package ro.relay.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import ro.casefile.model.CaseSituation;
import ro.relay.model.Message;
import ro.relay.model.MessageAction;
import ro.relay.model.StoredFile;
import ro.rules.AllowedActions;
import ro.security.Caller;
import ro.security.StaffNames;
import ro.security.Roles;

/** How a message and its files read, with the files' records looked up beforehand (never one query per message). */
final class MessageViews {

    private MessageViews() {
    }

    /** The records of these messages' files, in one query. */
    static Map<UUID, StoredFile> filesOf(EntityManager em, List<Message> messages) {
        List<UUID> ids = messages.stream().flatMap(m -> Stream.of(m.originalFileId, m.redactedFileId)).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from StoredFile f where f.id in :ids", StoredFile.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(f -> f.id, f -> f));
    }

    /** The message as its reader sees it, with what the reader (a coordinator or a mediator of the case) may do with it in this situation. */
    static MessageView of(Message m, Map<UUID, StoredFile> files, CaseSituation situation, Caller caller, StaffNames staff) {
        return new MessageView(m.id, m.caseId, m.kind, m.authorId, m.recipientId, m.state, m.held, m.originalText,
                of(m.originalFileId == null ? null : files.get(m.originalFileId)), m.redactedText,
                of(m.redactedFileId == null ? null : files.get(m.redactedFileId)), m.textDecision,
                m.fileDecision, m.fileCheckedBy, staff.of(m.fileCheckedBy), m.fileCheckedAt, m.approvedBy, staff.of(m.approvedBy), m.approvedAt, m.returnComments,
                m.withholdReason, m.deliveryMethod, m.deliveredAt, m.acknowledgedAt, m.authorMayKnow, m.submittedAt, m.version,
                m.createdAt, m.createdBy, staff.of(m.createdBy), AllowedActions.of(MessageAction.class,
                        a -> caller.is(Roles.COORDINATOR) || caller.is(Roles.MEDIATOR), a -> m.mayDo(a, situation)));
    }

    static FileView of(StoredFile f) {
        return f == null ? null : new FileView(f.id, f.contentType, f.sizeBytes, f.sha256);
    }
}
