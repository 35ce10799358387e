package ro.relay.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ro.relay.model.Message;
import ro.relay.model.MessageState;
import ro.relay.model.StoredFile;

/** {@link MessagesOf} in three queries per direction: the count, the page, and its files. */
@ApplicationScoped
public class MessagesOfParticipant implements MessagesOf {

    private static final List<MessageState> DELIVERED = List.of(MessageState.DELIVERED, MessageState.ACKNOWLEDGED);

    @Inject
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public Some<Authored> authoredBy(UUID participantId, int limit) {
        long total = em.createQuery("select count(m) from Message m where m.authorId = :p", Long.class)
                .setParameter("p", participantId).getSingleResult();
        List<Message> found = em.createQuery("from Message m where m.authorId = :p order by m.createdAt desc, m.id", Message.class)
                .setParameter("p", participantId).setMaxResults(limit).getResultList();
        Map<UUID, StoredFile> files = files(found.stream().flatMap(m -> Stream.of(m.originalFileId, m.relayedFileId())).toList());
        return new Some<>(found.stream().map(m -> new Authored(m.id, m.caseId, m.kind, m.state, m.recipientId, m.createdAt,
                m.deliveredAt, m.originalText, file(files, m.originalFileId), m.relayedText(),
                file(files, m.relayedFileId()))).toList(), total);
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public Some<Received> deliveredTo(UUID participantId, int limit) {
        long total = em.createQuery("select count(m) from Message m where m.recipientId = :p and m.state in :s", Long.class)
                .setParameter("p", participantId).setParameter("s", DELIVERED).getSingleResult();
        List<Message> found = em.createQuery("from Message m where m.recipientId = :p and m.state in :s order by m.deliveredAt desc, m.id",
                Message.class).setParameter("p", participantId).setParameter("s", DELIVERED).setMaxResults(limit).getResultList();
        Map<UUID, StoredFile> files = files(found.stream().map(Message::relayedFileId).toList());
        return new Some<>(found.stream().map(m -> new Received(m.id, m.caseId, m.kind, m.authorId, m.deliveredAt, m.acknowledgedAt,
                m.relayedText(), file(files, m.relayedFileId()))).toList(), total);
    }

    private static FileView file(Map<UUID, StoredFile> files, UUID id) {
        return id == null ? null : MessageViews.of(files.get(id));
    }

    private Map<UUID, StoredFile> files(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from StoredFile f where f.id in :ids", StoredFile.class).setParameter("ids", wanted).getResultList()
                .stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
    }
}
