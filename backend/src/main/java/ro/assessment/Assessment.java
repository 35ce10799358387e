package ro.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import ro.rules.Decision;

/**
 * What every assessment (safety, suitability) is besides its findings: an id, the one lifecycle and a
 * version. The kind names the refusals ({@code <kind>.finalised.immutable}, {@code <kind>.amend.draft});
 * each kind says what finalising needs of its findings.
 */
@MappedSuperclass
public abstract class Assessment {

    @Id
    public UUID id;
    @Embedded
    public AssessmentLifecycle lifecycle;
    @Version
    public long version;

    /** Names this kind's refusals: {@code safety}, {@code suitability}. */
    protected abstract String kind();

    /** A new draft by whom and when; it amends {@code amends}, which must be finalised, unless that is null. */
    protected void startDraft(Assessment amends, String by, Instant at) {
        AssessmentLifecycle draft = AssessmentLifecycle.draft(by, at);
        if (amends != null) {
            draft.amend(kind(), amends.id, amends.lifecycle);
        }
        id = UUID.randomUUID();
        lifecycle = draft;
    }

    /** The findings of a draft change now. */
    protected void revised(Instant at) {
        lifecycle.revised(kind(), at);
    }

    /** Once finalised, never edited again; finalising needs what {@link #readyToFinalise()} says. */
    protected void finalised(String by, Instant at) {
        mayDo(AssessmentAction.FINALISE).orRefuse();
        lifecycle.finalise(kind(), by, at);
    }

    /** What the lifecycle allows, and finalising needs what this kind's findings need. */
    public Decision mayDo(AssessmentAction action) {
        return lifecycle.mayDo(kind(), action)
                .and(() -> action == AssessmentAction.FINALISE ? readyToFinalise() : Decision.allowed());
    }

    /** Whether the findings hold what finalising needs (a risk level, an outcome). */
    protected abstract Decision readyToFinalise();

    public boolean isFinalised() {
        return lifecycle.isFinalised();
    }
}
