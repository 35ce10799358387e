package ro.casefile.model;

import java.util.UUID;

import jakarta.persistence.*;

/** An accepted referral a case was opened from. */
@Entity
public class CaseReferral {

    @EmbeddedId
    public Key key;

    @Embeddable
    public record Key(UUID caseId, UUID referralId)
            implements java.io.Serializable {
    }
}
