package ro.referral.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A harmed person's request and an offender's referral about the same offender, found for a coordinator. */
@Entity
@Table(name = "referral_match")
public class ReferralMatch {

    @Id
    public UUID id;
    @Column(name = "harmed_referral_id", nullable = false, updatable = false)
    public UUID harmedReferralId;
    @Column(name = "offender_referral_id", nullable = false, updatable = false)
    public UUID offenderReferralId;
    @Column(name = "matched_at", nullable = false, updatable = false)
    public Instant matchedAt;

    protected ReferralMatch() {
    }

    public static ReferralMatch between(Referral harmedRequest, Referral offenderReferral, Instant at) {
        ReferralMatch m = new ReferralMatch();
        m.id = UUID.randomUUID();
        m.harmedReferralId = harmedRequest.id;
        m.offenderReferralId = offenderReferral.id;
        m.matchedAt = at;
        return m;
    }
}
