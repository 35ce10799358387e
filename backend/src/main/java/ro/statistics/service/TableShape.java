package ro.statistics.service;

import java.util.List;

/**
 * What one statistics table counts: its key, its row dimension and values, and its column dimension
 * and values (none for a one-dimension table). The codes are the program's own, as the API names them.
 */
record TableShape(String key, String rowDimension, List<String> rows, String columnDimension, List<String> columns) {

    static final String NO_COLUMN = "";

    private static final List<String> FEEDBACK_ANSWERS = List.of("STRONGLY_AGREE", "AGREE", "NEUTRAL", "DISAGREE", "STRONGLY_DISAGREE",
            "DECLINED");

    static TableShape oneDimension(String key, String rowDimension, List<String> rows) {
        return new TableShape(key, rowDimension, rows, null, List.of());
    }

    boolean twoDimensional() {
        return !columns.isEmpty();
    }

    /** Every table of the report, in the order of the contract. */
    static final List<TableShape> ALL = List.of(
            new TableShape("referralsBySourceAndChannel", "source", List.of("HARMED_PERSON", "STAFF", "INTEGRATION"),
                    "channel", List.of("PHONE", "EMAIL", "COLLECT_CALL", "MAIL", "IN_PERSON", "VICTIM_SERVICES", "NONE")),
            oneDimension("referralsByOutcome", "outcome", List.of("ACCEPTED", "DECLINED", "WITHDRAWN")),
            oneDimension("referralsByDeclineReason", "declineReason",
                    List.of("OTHER_PARTY_UNREACHABLE_OR_UNWILLING", "MOTIVATION_NOT_APPROPRIATE", "SAFETY", "NOT_ELIGIBLE", "OTHER")),
            oneDimension("suitabilityByOutcome", "outcome", List.of("SUITABLE", "NOT_SUITABLE", "MORE_INFORMATION_NEEDED")),
            oneDimension("casesOpenedAndClosed", "movement", List.of("OPENED", "CLOSED", "REOPENED")),
            oneDimension("casesByStage", "stage", List.of("PREPARATION", "DIALOGUE", "FOLLOW_UP", "CLOSED")),
            oneDimension("casesByWay", "way", List.of("FACE_TO_FACE", "LETTERS", "VIDEO_MESSAGES", "SHUTTLE")),
            oneDimension("casesByClosureOutcome", "closureOutcome",
                    List.of("DIALOGUE_COMPLETED", "ENDED_BY_PARTICIPANT", "ENDED_FOR_SAFETY", "ENDED_OTHER")),
            new TableShape("participationChanges", "change", List.of("WITHDRAWN", "REJOINED"), "side", List.of("HARMED", "OFFENDER")),
            new TableShape("messagesByKindAndState", "kind", List.of("LETTER", "VIDEO_MESSAGE", "RELAYED_MESSAGE"),
                    "state", List.of("DRAFT", "IN_REVIEW", "APPROVED", "WITHHELD", "DELIVERED", "ACKNOWLEDGED")),
            oneDimension("meetingsByState", "state", List.of("SCHEDULED", "HELD", "CANCELLED")),
            // Feedback: one table per statement. Every participant answers all four, so the four share one total; in one
            // two-dimension table that shared total would let a suppressed answer be worked back from the others.
            oneDimension("feedbackFeltSafe", "answer", FEEDBACK_ANSWERS),
            oneDimension("feedbackFeltHeard", "answer", FEEDBACK_ANSWERS),
            oneDimension("feedbackNeedsMet", "answer", FEEDBACK_ANSWERS),
            oneDimension("feedbackWouldRecommend", "answer", FEEDBACK_ANSWERS));

    /** Every duration of the report, in the order of the contract. */
    static final List<String> DURATIONS = List.of("referralToAssessmentStart", "referralToDecision", "messageRecordedToDelivered");
}
