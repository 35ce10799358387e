package ro.events.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A webhook endpoint admin registered (V29): an integration's (it receives only its own referrals' events of the
 * types that may leave the program) or the program's own (integration null). The dispatcher alone moves
 * {@link #afterSeq}, with a native update: it is not mapped here, so admin's changes never overwrite it.
 */
@Entity
public class WebhookEndpoint {

    @Id
    public UUID id;
    public String url;
    public String description;
    @Column(updatable = false)
    public String integration;
    /** The {@link EventType} names it wants. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;
    /** The Standard Webhooks signing key ("whsec_" + base64); shown to admin once, never read back by the API. */
    public String secret;
    public boolean active;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    @Column(updatable = false)
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
