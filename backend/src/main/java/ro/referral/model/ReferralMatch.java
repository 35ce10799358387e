package ro.referral.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A harmed person's request and an offender's referral about the same offender, found for a coordinator. */
@Entity
@Immutable
public class ReferralMatch {

    @Id
    public UUID id;
    public UUID harmedReferralId;
    public UUID offenderReferralId;
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
