package ro.privacy.model;

/** How an export names another person: by the part they play, never by name. */
public enum PartyRole {
    HARMED_PERSON("the harmed person", "la personne lésée"),
    OFFENDER("the offender", "le délinquant"),
    SUPPORT_PERSON("a support person", "une personne de soutien"),
    MEDIATOR("a mediator", "un médiateur"),
    ESCORT_STAFF("escort staff", "le personnel d'escorte");

    private final String english;
    private final String french;

    PartyRole(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** The words for this role in one official language. */
    public String words(boolean inFrench) {
        return inFrench ? french : english;
    }

    /** The role of a participant of this kind (VICTIM, FAMILY_MEMBER, OFFENDER, SUPPORT_PERSON). */
    public static PartyRole ofKind(String kind) {
        return switch (kind) {
            case "OFFENDER" -> OFFENDER;
            case "SUPPORT_PERSON" -> SUPPORT_PERSON;
            default -> HARMED_PERSON;
        };
    }

    /** The role of a meeting attendee recorded as MEDIATOR, ESCORT_STAFF or SUPPORT_PERSON. */
    public static PartyRole ofAttendee(String role) {
        return switch (role) {
            case "MEDIATOR" -> MEDIATOR;
            case "ESCORT_STAFF" -> ESCORT_STAFF;
            default -> SUPPORT_PERSON;
        };
    }
}
