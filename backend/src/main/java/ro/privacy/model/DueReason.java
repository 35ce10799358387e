package ro.privacy.model;

/** Why a record is due for disposal: which rule of the retention schedule it has reached the end of. */
public enum DueReason {
    /** A case closed longer ago than the closed-case period. */
    CLOSED_CASE,
    /** A referral declined or withdrawn (so never in a case) longer ago than the ended-referral period. */
    ENDED_REFERRAL,
    /** A dormant request nothing has changed for longer than the dormant-request period. */
    DORMANT_REQUEST
}
