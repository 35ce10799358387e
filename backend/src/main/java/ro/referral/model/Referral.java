package ro.referral.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import ro.referral.model.ReferralMovePolicy.Move;
import ro.rules.Refusal;

/** A request to take part: a harmed person's, or an offender's referral by correctional staff. */
@Entity
public class Referral {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ReferralSource source;
    @Enumerated(EnumType.STRING)
    public ReferralState state;
    @Column(updatable = false)
    public UUID harmedPersonId;
    public UUID offenderId;
    public String offenderNumber;
    /** The region of the referral: its offender's institution's, or as the coordinator recorded it. */
    public UUID regionId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public VictimRegistration victimRegistration;
    @Enumerated(EnumType.STRING)
    public FederalSentence federalSentence = FederalSentence.UNKNOWN;
    public String notes;
    public String referringStaff;
    @Column(updatable = false)
    public String submittedBySubject;
    @Column(updatable = false)
    public String submittedByUsername;
    public Boolean staffSupports;
    public Boolean offenderTakesResponsibility;
    public String reasons;
    public String safetyConcerns;
    public String noContactCondition;
    public Instant noContactReviewedAt;
    public String noContactReviewedBy;
    @Enumerated(EnumType.STRING)
    public DeclineReason declineReason;
    public String declineDetails;
    /** When its assessment started (it moved to UNDER_ASSESSMENT): the statistics' time to assessment. */
    public Instant assessmentStartedAt;
    public Instant decidedAt;
    public String decidedBy;
    /** The open referral of the same offender this one repeats: the coordinator withdraws or merges it. */
    public UUID duplicateOf;
    /** The offender's name as the referrer gave it: all the referrer is shown of the offender. */
    @Column(updatable = false)
    public String referredFirstName;
    @Column(updatable = false)
    public String referredLastName;
    /** The mediator assigned to its assessment (user name), who assigned them, and when; all null when none is. */
    public String assessor;
    public Instant assessorAssignedAt;
    public String assessorAssignedBy;
    @Version
    public long version;
    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;
    /** When the retention schedule disposed of it (ro.privacy): only a tombstone for the statistics is left. Written by disposal alone. */
    @Column(insertable = false, updatable = false)
    public Instant disposedAt;

    protected Referral() {
    }

    /** Who sent a referral in: the caller's token subject and user name. */
    public record Submitter(String subject, String username) {
    }

    /** A harmed person's request, recorded by a coordinator. */
    public static Referral harmedPersonRequest(UUID harmedPersonId, String offenderNumber, Channel channel,
            VictimRegistration registration, String notes, Submitter by, Instant at) {
        Referral r = start(ReferralSource.HARMED_PERSON, by, at);
        r.harmedPersonId = harmedPersonId;
        r.offenderNumber = offenderNumber;
        r.channel = channel;
        r.victimRegistration = registration;
        r.notes = notes;
        return r;
    }

    /** The two statements every offender referral must make. */
    public record StaffStatements(boolean staffSupportsParticipation, boolean offenderTakesResponsibility) {
    }

    /**
     * An offender's referral by a correctional staff member who supports their participation and
     * states that the offender has taken responsibility; without both, there is no referral.
     */
    public static Referral offenderReferral(ReferralSource source, UUID offenderId, String offenderNumber,
            String referringStaff, StaffStatements statements, String reasons, String safetyConcerns,
            String noContactCondition, Submitter by, Instant at) {
        if (!source.refersAnOffender()) {
            throw new IllegalArgumentException("not an offender referral: " + source);
        }
        if (!statements.staffSupportsParticipation() || !statements.offenderTakesResponsibility()) {
            throw new Refusal("referral.statements.required");
        }
        Referral r = start(source, by, at);
        r.offenderId = offenderId;
        r.offenderNumber = offenderNumber;
        r.referringStaff = referringStaff;
        r.staffSupports = true;
        r.offenderTakesResponsibility = true;
        r.reasons = reasons;
        r.safetyConcerns = safetyConcerns;
        r.noContactCondition = noContactCondition;
        return r;
    }

    private static Referral start(ReferralSource source, Submitter by, Instant at) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.source = source;
        r.state = ReferralState.SUBMITTED;
        r.submittedBySubject = by.subject();
        r.submittedByUsername = by.username();
        r.createdAt = at;
        r.updatedAt = at;
        return r;
    }

    /** The offender's name as the referrer gave it, shown back to the referrer instead of the program's. */
    public void referredAs(String firstName, String lastName) {
        this.referredFirstName = firstName;
        this.referredLastName = lastName;
    }

    /**
     * The offender is already referred (by someone else, or by the same referrer): this one is kept as
     * the referrer's own, SUBMITTED, linked to the open one for a coordinator to act on.
     */
    public void duplicates(Referral open) {
        this.duplicateOf = open.id;
    }

    /**
     * The number of the offender a harmed person asked about by name, confirmed by a coordinator: only a
     * request still open and without a number takes one.
     */
    public void confirmOffenderNumber(String number, UUID offenderId, Instant at) {
        if (source != ReferralSource.HARMED_PERSON || offenderNumber != null
                || !(state == ReferralState.SUBMITTED || state == ReferralState.DORMANT)) {
            throw new Refusal("referral.offender-number.not-awaited");
        }
        this.offenderNumber = number;
        this.offenderId = offenderId;
        this.updatedAt = at;
    }

    /** Kept on file until the other side comes forward. */
    public void keepDormant() {
        this.state = ReferralState.DORMANT;
    }

    /** The other side has come forward: a coordinator can act on it now. */
    public void matched(Instant at) {
        move(Move.MATCH, at);
    }

    public void startAssessment(Instant at) {
        move(Move.START_ASSESSMENT, at);
    }

    public void accept(Optional<SuitabilityOutcome> currentFinalisedOutcome, String by, Instant at) {
        ReferralMovePolicy.mayAccept(state, currentFinalisedOutcome, federalSentence).orRefuse();
        decide(ReferralMovePolicy.target(Move.ACCEPT), by, at);
    }

    public void decline(DeclineReason reason, String details, String by, Instant at) {
        ReferralMovePolicy.mayDecline(state, reason, details, federalSentence).orRefuse();
        this.declineReason = reason;
        this.declineDetails = details;
        decide(ReferralMovePolicy.target(Move.DECLINE), by, at);
    }

    /**
     * What is known of eligibility, recorded while the referral is open (for a harmed person's request,
     * also whether they are a registered victim, a representative, or not registered).
     */
    public void recordEligibility(FederalSentence sentence, VictimRegistration registration, Instant at) {
        ReferralMovePolicy.mayRecordEligibility(state).orRefuse();
        this.federalSentence = sentence;
        if (registration != null && source == ReferralSource.HARMED_PERSON) {
            this.victimRegistration = registration;
        }
        this.updatedAt = at;
    }

    public void withdraw(String by, Instant at) {
        ReferralMovePolicy.mayMove(state, Move.WITHDRAW).orRefuse();
        decide(ReferralMovePolicy.target(Move.WITHDRAW), by, at);
    }

    /** A coordinator has reviewed the no-contact condition; only then can a meeting be scheduled. */
    public void reviewNoContactCondition(String by, Instant at) {
        if (noContactCondition == null) {
            throw new Refusal("referral.no-contact.none");
        }
        if (noContactReviewedAt != null) {
            throw new Refusal("referral.no-contact.already-reviewed");
        }
        this.noContactReviewedAt = at;
        this.noContactReviewedBy = by;
        this.updatedAt = at;
    }

    public boolean noContactReviewPending() {
        return noContactCondition != null && noContactReviewedAt == null;
    }

    /** A coordinator assigns a mediator (already checked to be on the roster) to its assessment, or changes who. */
    public void assignAssessor(String mediator, String by, Instant at) {
        ReferralMovePolicy.mayAssignAssessor(state).orRefuse();
        this.assessor = mediator;
        this.assessorAssignedAt = at;
        this.assessorAssignedBy = by;
        this.updatedAt = at;
    }

    /** A coordinator removes the mediator from its assessment; the mediator no longer reaches it. */
    public void removeAssessor(Instant at) {
        ReferralMovePolicy.mayAssignAssessor(state).orRefuse();
        if (assessor == null) {
            throw new Refusal("referral.assessor.none");
        }
        this.assessor = null;
        this.assessorAssignedAt = null;
        this.assessorAssignedBy = null;
        this.updatedAt = at;
    }

    /**
     * Whether this mediator assesses it now: assigned to its assessment and the referral still being assessed
     * (a decision, a withdrawal, a reassignment or a removal ends it at once).
     */
    public boolean assessedBy(String mediator) {
        return assessor != null && assessor.equals(mediator) && ReferralMovePolicy.ASSESSED.contains(state);
    }

    private void decide(ReferralState target, String by, Instant at) {
        this.state = target;
        this.decidedAt = at;
        this.decidedBy = by;
        this.updatedAt = at;
    }

    private void move(Move move, Instant at) {
        ReferralMovePolicy.mayMove(state, move).orRefuse();
        this.state = ReferralMovePolicy.target(move);
        if (state == ReferralState.UNDER_ASSESSMENT && assessmentStartedAt == null) {
            this.assessmentStartedAt = at;
        }
        this.updatedAt = at;
    }
}
