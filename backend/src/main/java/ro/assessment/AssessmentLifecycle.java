package ro.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ro.rules.Decision;

/**
 * The one lifecycle of an assessment (safety, suitability): a draft is revised until it is finalised;
 * a finalised one is never edited; a correction is a new draft that amends a finalised one. The
 * entity keeps its findings and its own condition for finalising; this keeps who, when and which
 * earlier assessment it amends. The kind names the refusals ({@code <kind>.finalised.immutable},
 * {@code <kind>.amend.draft}).
 */
@Embeddable
public class AssessmentLifecycle {

    /** The names of the fields finalising sets. */
    public static final List<String> FINALISED_FIELDS = List.of("finalisedAt", "finalisedBy");

    @Column(updatable = false)
    public UUID amendsId;
    public Instant finalisedAt;
    public String finalisedBy;
    @Column(updatable = false)
    public Instant createdAt;
    @Column(updatable = false)
    public String createdBy;
    public Instant updatedAt;

    protected AssessmentLifecycle() {
    }

    /** A new draft, by whom and when. */
    public static AssessmentLifecycle draft(String by, Instant at) {
        AssessmentLifecycle lifecycle = new AssessmentLifecycle();
        lifecycle.createdAt = at;
        lifecycle.createdBy = by;
        lifecycle.updatedAt = at;
        return lifecycle;
    }

    /** This new draft corrects an earlier assessment, which must be finalised: a draft is revised, not amended. */
    public void amend(String kind, UUID id, AssessmentLifecycle amended) {
        amended.mayDo(kind, AssessmentAction.AMEND).orRefuse();
        amendsId = id;
    }

    public boolean isFinalised() {
        return finalisedAt != null;
    }

    /** Whether the lifecycle allows the action now: a draft is revised and finalised, a finalised one only amended. */
    public Decision mayDo(String kind, AssessmentAction action) {
        return switch (action) {
            case REVISE, FINALISE -> isFinalised() ? Decision.refused(kind + ".finalised.immutable") : Decision.allowed();
            case AMEND -> isFinalised() ? Decision.allowed() : Decision.refused(kind + ".amend.draft");
        };
    }

    /** Refuses any change to a finalised assessment. */
    public void requireDraft(String kind) {
        mayDo(kind, AssessmentAction.REVISE).orRefuse();
    }

    /** The findings of a draft change now. */
    public void revised(String kind, Instant at) {
        requireDraft(kind);
        updatedAt = at;
    }

    /** Once finalised, never edited again. */
    public void finalise(String kind, String by, Instant at) {
        requireDraft(kind);
        finalisedAt = at;
        finalisedBy = by;
        updatedAt = at;
    }
}
