package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

/** A participant's consent to a way of communicating, given or withdrawn; the latest one counts. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;
    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Way way;
    @Column(nullable = false, updatable = false)
    public boolean given;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    public static Consent of(UUID caseId, UUID participantId, Way way, boolean given, String by, Instant at) {
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.caseId = caseId;
        c.participantId = participantId;
        c.way = way;
        c.given = given;
        c.recordedBy = by;
        c.recordedAt = at;
        return c;
    }
}
