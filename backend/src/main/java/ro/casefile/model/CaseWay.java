package ro.casefile.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.*;

/** A way of communicating chosen for a case, with when it was chosen and dropped. */
@Entity
public class CaseWay {

    @Id
    public UUID id;
    @Column(updatable = false)
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Way way;
    @Column(updatable = false)
    public Instant chosenAt;
    @Column(updatable = false)
    public String chosenBy;
    public Instant droppedAt;
    public String droppedBy;

    public static CaseWay chosen(UUID caseId, Way way, String by, Instant at) {
        CaseWay w = new CaseWay();
        w.id = UUID.randomUUID();
        w.caseId = caseId;
        w.way = way;
        w.chosenBy = by;
        w.chosenAt = at;
        return w;
    }
}
