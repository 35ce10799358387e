package ro.assessment;

/** What a read of an assessment can offer: revise or finalise a draft, amend a finalised one with a new draft. */
public enum AssessmentAction {
    REVISE, FINALISE, AMEND
}
