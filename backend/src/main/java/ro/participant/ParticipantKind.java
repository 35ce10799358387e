package ro.participant;

/** Who a participant is in the process. */
public enum ParticipantKind {
    VICTIM, FAMILY_MEMBER, OFFENDER, SUPPORT_PERSON;

    /** Victims and family members of the offender are the people the crime harmed. */
    public boolean isHarmedPerson() {
        return this == VICTIM || this == FAMILY_MEMBER;
    }
}
