package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

/** An accepted referral a case was opened from. */
@Entity
@Table(name = "case_referral")
public class CaseReferral {

    @EmbeddedId
    public Key key;

    @Embeddable
    public record Key(@Column(name = "case_id") UUID caseId, @Column(name = "referral_id") UUID referralId)
            implements java.io.Serializable {
    }
}
