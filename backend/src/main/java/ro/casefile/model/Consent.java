package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

import org.hibernate.annotations.Immutable;

/** A participant's consent to a way of communicating, given or withdrawn, how, by whom and when; the latest one counts. */
@Entity
@Immutable
public class Consent {

    @Id
    public UUID id;
    public UUID caseId;
    public UUID participantId;
    @Enumerated(EnumType.STRING)
    public Way way;
    public boolean given;
    @Enumerated(EnumType.STRING)
    public ConsentForm how;
    public Instant recordedAt;
    public String recordedBy;

    public static Consent of(UUID caseId, UUID participantId, Way way, boolean given, ConsentForm how, String by, Instant at) {
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.caseId = caseId;
        c.participantId = participantId;
        c.way = way;
        c.given = given;
        c.how = how;
        c.recordedBy = by;
        c.recordedAt = at;
        return c;
    }
}
