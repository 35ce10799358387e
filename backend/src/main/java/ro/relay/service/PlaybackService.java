package ro.relay.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;
import ro.audit.AuditRecord;
import ro.audit.AuditTrail;
import ro.casefile.service.CaseSituations;
import ro.relay.model.Message;
import ro.relay.model.PlaybackGrant;
import ro.relay.model.StoredFile;
import ro.rules.NotFound;
import ro.rules.Refusal;
import ro.security.CaseScope;
import ro.security.Caller;
import ro.security.Roles;

/**
 * Playback grants for video: a video element cannot send the bearer token, so the caller asks for a grant on one
 * file of one message (same access rule as reading it) and the element loads the grant's address. Its code is good
 * for ONE request within {@link #CODE_LIFE}; that request opens a session (a random id the API hands out as a
 * cookie) good for {@link #SESSION_LIFE}, which the element's following range requests present. A code seen in a
 * log or a browser's history is therefore worthless. Every request checks the caller's scope again (a mediator
 * taken off the case loses the video at the next range), and that the file is still the message's. Only hashes of
 * codes and session ids are stored. The grant and the start of playback are audited, not each range. A request
 * that does carry a token (a video element sends none) must be the grant's caller's.
 */
@ApplicationScoped
public class PlaybackService {

    public static final Duration CODE_LIFE = Duration.ofSeconds(60);
    public static final Duration SESSION_LIFE = Duration.ofMinutes(10);
    private static final String RESOURCE = "playback.resource";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A grant as handed to its caller: the code to put in the video's address, and until when it may be used. */
    public record Grant(String code, Instant expiresAt) {
    }

    /** A request the grant answers: the file, and the session id to hand out when this request opened it. */
    public record Playing(RelayService.Readable file, String newSession, Duration sessionLife) {
    }

    @Inject
    CaseSituations cases;
    @Inject
    RelayService relay;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    @Transactional
    public Grant grant(UUID caseId, UUID messageId, UUID fileId) {
        cases.requireReachable(caseId);
        StoredFile file = fileOf(caseId, messageId, fileId);
        if (!file.contentType.startsWith("video/")) {
            throw new Refusal("playback.not-video");
        }
        relay.verified(file);
        Instant now = Instant.now(clock);
        em.createQuery("delete from PlaybackGrant g where g.codeExpiresAt < :now and (g.sessionExpiresAt is null or g.sessionExpiresAt < :now)")
                .setParameter("now", now).executeUpdate();
        String code = random();
        PlaybackGrant g = new PlaybackGrant();
        g.id = UUID.randomUUID();
        g.codeHash = hash(code);
        g.caseId = caseId;
        g.messageId = messageId;
        g.fileId = fileId;
        g.subject = caller.subject();
        g.username = caller.username();
        g.roles = caller.roles();
        g.coordinator = caller.is(Roles.COORDINATOR);
        g.codeExpiresAt = now.plus(CODE_LIFE);
        g.createdAt = now;
        em.persist(g);
        audit.record(AuditRecord.read("PLAYBACK_GRANT", RelayService.AUDIT_TYPE, messageId).with("case", caseId).with("file", fileId)
                .with("grant", g.id));
        return new Grant(code, g.codeExpiresAt);
    }

    /**
     * The file a request under a grant may read: with the code's first use (which opens the session), or with the
     * session the grant opened. Anything else (an unknown, expired or used code, a session of another grant or
     * expired, a caller who no longer reaches the case, a file the message no longer has) is a plain 404.
     */
    @Transactional
    public Playing play(String code, String session) {
        Instant now = Instant.now(clock);
        PlaybackGrant g = em.createQuery("from PlaybackGrant g where g.codeHash = :h", PlaybackGrant.class)
                .setParameter("h", hash(code)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound(RESOURCE));
        if (!identity.isAnonymous() && !Caller.usernameOf(identity).equals(g.username)) {
            throw new NotFound(RESOURCE); // a video element sends no token: one naming someone else is not the grant's caller
        }
        String opened = null;
        if (session == null || !g.sessionOpen(hash(session), now)) {
            if (!g.redeemable(now)) {
                throw new NotFound(RESOURCE);
            }
            opened = random();
            g.redeem(hash(opened), now, SESSION_LIFE);
        }
        if (!g.coordinator && !cases.caseIdsReachedBy(CaseScope.assignedTo(g.username)).contains(g.caseId)) {
            throw new NotFound(RESOURCE);
        }
        StoredFile file = fileOf(g.caseId, g.messageId, g.fileId);
        RelayService.Readable readable = relay.verified(file);
        if (opened != null) {
            audit.recordFor(g.subject, g.username, g.roles, AuditRecord.read("PLAYBACK_START", RelayService.AUDIT_TYPE, g.messageId)
                    .with("case", g.caseId).with("file", g.fileId).with("grant", g.id));
        }
        return new Playing(readable, opened, SESSION_LIFE);
    }

    private StoredFile fileOf(UUID caseId, UUID messageId, UUID fileId) {
        Message m = em.find(Message.class, messageId);
        if (m == null || !m.caseId.equals(caseId) || !(fileId.equals(m.originalFileId) || fileId.equals(m.redactedFileId))) {
            throw new NotFound("message.file.resource");
        }
        return em.find(StoredFile.class, fileId);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
