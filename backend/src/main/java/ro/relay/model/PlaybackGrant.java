package ro.relay.model;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A grant to play one file of one message, bound to the caller who asked for it: a one-time code (good for one
 * request until {@link #codeExpiresAt}), then a session (good until {@link #sessionExpiresAt}) for the range
 * requests of the same video element. Only hashes of the code and the session id are kept.
 */
@Entity
public class PlaybackGrant {
    @Id
    public UUID id;
    public String codeHash;
    public String sessionHash;
    public UUID caseId;
    public UUID messageId;
    public UUID fileId;
    public String subject;
    public String username;
    public String roles;
    public boolean coordinator;
    public Instant codeExpiresAt;
    public Instant sessionExpiresAt;
    public Instant createdAt;

    /** The code is used once: after it the grant answers only to its session. */
    public boolean redeemable(Instant now) {
        return sessionHash == null && now.isBefore(codeExpiresAt);
    }

    public void redeem(String sessionHash, Instant now, Duration session) {
        this.sessionHash = sessionHash;
        this.sessionExpiresAt = now.plus(session);
    }

    public boolean sessionOpen(String hash, Instant now) {
        return sessionHash != null && sessionHash.equals(hash) && now.isBefore(sessionExpiresAt);
    }
}
