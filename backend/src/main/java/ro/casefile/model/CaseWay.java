package ro.casefile.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.*;

/** A way of communicating chosen for a case, with when it was chosen and dropped. */
@Entity
@Table(name = "case_way")
public class CaseWay {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Way way;
    @Column(name = "chosen_at", nullable = false, updatable = false)
    public Instant chosenAt;
    @Column(name = "chosen_by", nullable = false, updatable = false)
    public String chosenBy;
    @Column(name = "dropped_at")
    public Instant droppedAt;
    @Column(name = "dropped_by")
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
