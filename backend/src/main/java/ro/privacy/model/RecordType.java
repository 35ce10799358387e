package ro.privacy.model;

import java.util.List;

/**
 * The kinds of record a person may dispute, named as the audit trail names them, each with the names of
 * its fields a correction may concern (as the record's API names them; a contact detail as
 * {@code contact.<name>}). A correction without a field concerns the record as a whole.
 */
public enum RecordType {
    PARTICIPANT("firstName", "lastName", "preferredLanguage", "offenderNumber", "institution", "contact.phone", "contact.email",
            "contact.postalAddress", "contact.preferredMethod", "contact.safeTimes", "contact.mayLeaveMessage"),
    REFERRAL("harmedPerson", "offender", "offenderNumber", "channel", "victimRegistration", "federalSentence", "notes",
            "referringStaff", "staffSupportsParticipation", "offenderTakesResponsibility", "reasons", "safetyConcerns",
            "noContactCondition", "declineReason", "declineDetails"),
    SUITABILITY_ASSESSMENT("appropriateness", "motivation", "acceptanceOfResponsibility", "notes", "outcome"),
    SAFETY_ASSESSMENT("riskLevel", "emotionalWellbeing", "readiness", "safetyMeasures", "notSafeToProceed", "nextDue"),
    MESSAGE("originalText", "originalFile", "redactedText", "redactedFile", "returnComments", "withholdReason", "deliveryMethod",
            "deliveredAt", "acknowledgedAt"),
    CASE_NOTE("text");

    private final List<String> fields;

    RecordType(String... fields) {
        this.fields = List.of(fields);
    }

    /** The names of the fields a correction of this kind of record may concern. */
    public List<String> fields() {
        return fields;
    }

    /** Whether a correction may concern this field: one of the record's, or none (the record as a whole). */
    public boolean knows(String field) {
        return field == null || fields.contains(field);
    }
}
